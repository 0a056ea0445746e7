package cn.xkqz.catalog;

/**
 * Masks contact details and codes for readers other than the record's owner and bureau staff. At least
 * {@link #MIN_HIDDEN} characters are always starred, so a short phone number never comes back whole.
 */
public final class Masking {

    /** The fewest letters or digits a masked value hides (all of them when it has fewer). */
    static final int MIN_HIDDEN = 4;

    private Masking() {}

    /** A phone number: the first three and last four digits of a mobile number ({@code 138****5678}). */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** A person's name: the first character only ({@code 王**}); a one-character name is starred whole. */
    public static String name(String name) {
        int significant = significant(name);
        return star(name, significant > 1 ? 1 : 0, 0, significant);
    }

    /**
     * Keeps up to {@code head} leading and {@code tail} trailing letters or digits, fewer when that would
     * hide fewer than {@link #MIN_HIDDEN}; separators ({@code -}, spaces) stay as they are.
     */
    static String keep(String value, int head, int tail) {
        int significant = significant(value);
        int shown = Math.max(0, Math.min(head + tail, significant - MIN_HIDDEN));
        int shownTail = Math.min(tail, shown);
        return star(value, shown - shownTail, shownTail, significant);
    }

    private static String star(String value, int head, int tail, int significant) {
        StringBuilder masked = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                masked.append(seen < head || seen >= significant - tail ? Character.toString(c) : "*");
                seen++;
            } else {
                masked.appendCodePoint(c);
            }
        }
        return masked.toString();
    }

    private static int significant(String value) {
        return (int) value.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
