package cn.xkqz.catalog.enterprise;

import org.jspecify.annotations.Nullable;

/** An enterprise as the roster shows it: with the level of its latest diagnosis, if it has one. */
public record RosterEntry(Enterprise enterprise, @Nullable Integer level) {}
