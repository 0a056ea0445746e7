package cn.xkqz.catalog.enterprise;

import java.util.Arrays;
import java.util.Optional;

/** An enum value with the Chinese name the bureau's spreadsheets use for it (规上, 国家级小巨人, 已确认). */
public interface Labelled {

    String label();

    /** The value of {@code type} whose code ({@code ABOVE}) or Chinese name ({@code 规上}) {@code text} is. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String value = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value) || e.label().equals(value))
                .findFirst();
    }
}
