package cn.xkqz.catalog.error;

import org.jspecify.annotations.Nullable;

/**
 * A value the caller sent, quoted for an error message: at most {@value #MAX} characters and "…", so a
 * 300 KB bad value is named, not echoed whole.
 */
public final class Quoted {

    public static final int MAX = 100;

    private Quoted() {}

    public static String value(@Nullable Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX) {
            return "“" + text + "”";
        }
        // Never cut a surrogate pair in two.
        int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return "“" + text.substring(0, end) + "…”";
    }
}
