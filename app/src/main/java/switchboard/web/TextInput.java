package switchboard.web;

import java.util.Optional;

/**
 * Text from a request made fit to store, in one place. PostgreSQL cannot store U+0000 (in text or jsonb), and UTF-8
 * cannot carry half a surrogate pair (the driver would store '?'). Webhooks drop such characters ({@link #storable}):
 * Plivo cannot fix its request, and refusing it would lose the call. The API refuses them ({@link #problem}, a 400
 * naming the field): its client can fix its input, and silently changing what someone typed would surprise them.
 */
public final class TextInput {
    private TextInput() {}

    /** The text without the characters that cannot be stored. */
    public static String storable(String s) {
        if (s == null || problem(s).isEmpty()) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pairedAt(s, i)) {
                out.append(c).append(s.charAt(++i));
            } else if (c != 0 && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What is wrong with the text, if it cannot be stored as it is. */
    public static Optional<String> problem(String s) {
        if (s == null) return Optional.empty();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) return Optional.of("must not contain U+0000 (NUL)");
            if (pairedAt(s, i)) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean pairedAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
