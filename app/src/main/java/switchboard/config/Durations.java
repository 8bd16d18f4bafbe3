package switchboard.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line or in an environment: 300ms, 30s, 15m, 2h, 1d, 1m30s. */
public final class Durations {
    private static final Pattern PARTS = Pattern.compile(
            "(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m(?!s))?(?:(\\d{1,6})s)?(?:(\\d{1,6})ms)?");

    private Durations() {}

    /** Empty when the text is not such a duration; 0s is one. */
    public static Optional<Duration> of(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        Matcher m = PARTS.matcher(t);
        if (t.isEmpty() || !m.matches()) return Optional.empty();
        return Optional.of(Duration.ofDays(part(m.group(1))).plusHours(part(m.group(2))).plusMinutes(part(m.group(3)))
                .plusSeconds(part(m.group(4))).plusMillis(part(m.group(5))));
    }

    /** Empty when the text is not such a duration, or is zero: for settings where zero means nothing. */
    public static Optional<Duration> parse(String text) {
        return of(text).filter(d -> !d.isZero());
    }

    /** How to write one, for error messages. */
    public static String examples() {
        return "a duration such as 30s, 15m, 2h or 1d";
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
