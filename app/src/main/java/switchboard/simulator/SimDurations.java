package switchboard.simulator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a person types them for the simulated caller: 30s, 2m, 1m30s, 1h. In whole seconds. */
final class SimDurations {
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");

    private SimDurations() {}

    /** Seconds; a bad value is a {@link CannotSimulate} naming the option. */
    static int seconds(String option, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw new CannotSimulate(option + ": '" + text + "' is not a duration such as 30s, 2m or 1m30s");
        }
        long s = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
        if (s > 86_400) throw new CannotSimulate(option + ": '" + text + "' is longer than a day");
        return (int) s;
    }

    /** 75 -> "1:15" (minutes:seconds since the call came in). */
    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
