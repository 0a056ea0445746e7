package cn.xkqz.catalog.validation;

import cn.xkqz.catalog.taxonomy.Taxonomy;

/** A command with rules beyond its field annotations: codes that must exist, fields that must agree. */
public interface CheckedCommand {

    /**
     * Adds what breaks those rules to {@code violations}, with field paths prefixed by {@code prefix}; by
     * default a command has none beyond its field annotations.
     */
    default void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {}
}
