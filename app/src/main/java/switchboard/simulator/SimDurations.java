package switchboard.simulator;

import java.time.Duration;
import java.util.Locale;
import switchboard.config.Durations;

/** The simulated caller's durations (as config.Durations reads them), in whole seconds, and the transcript's clock. */
final class SimDurations {
    private SimDurations() {}

    /** Seconds; a bad value is a {@link CannotSimulate} naming the option. */
    static int seconds(String option, String text) {
        Duration d = Durations.of(text).orElseThrow(() -> new CannotSimulate(option + ": '" + text
                + "' is not a duration such as 30s, 2m or 1m30s"));
        if (d.toSeconds() > 86_400) throw new CannotSimulate(option + ": '" + text + "' is longer than a day");
        return (int) d.toSeconds();
    }

    /** 75 -> "1:15" (minutes:seconds since the call came in). */
    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }
}
