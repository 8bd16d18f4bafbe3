package switchboard.web;

/**
 * What is logged from a request (a CallUUID, a caller, a path), in one place: control characters escaped, so a
 * value cannot end the log line and forge the next one; long values cut.
 */
public final class LogText {
    static final int MAX_LENGTH = 200;

    private LogText() {}

    public static String of(Object value) {
        if (value == null) return "null";
        String s = value.toString();
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < s.length() && i < MAX_LENGTH; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (s.length() > MAX_LENGTH) out.append("...(").append(s.length()).append(" chars)");
        return out.toString();
    }
}
