package switchboard.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short durations as people write them on a command line or in an environment: 300ms, 30s, 15m, 2h, 1d. */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*(ms|[smhd])");

    private Durations() {}

    /** Empty when the text is not such a duration, or is zero. */
    public static Optional<Duration> parse(String text) {
        Matcher m = SHORT.matcher(text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    /** How to write one, for error messages. */
    public static String examples() {
        return "a duration such as 30s, 15m, 2h or 1d";
    }
}
