package switchboard.rota.solver;

import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Times of day as the rota writes them, {@code HH:MM}, where an end of {@code 24:00} is {@link LocalTime#MAX}
 * (as in the routing package's weekly hours). All times are the company's local wall-clock times: nothing in the
 * rota converts between time zones.
 */
public final class RotaTimes {
    /** The end of the day, written 24:00. */
    public static final LocalTime END_OF_DAY = LocalTime.MAX;
    private static final Pattern FORM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    private RotaTimes() {}

    public static LocalTime parse(String hhmm) {
        if (hhmm == null || !FORM.matcher(hhmm).matches()) {
            throw new IllegalArgumentException("time must be HH:MM from 00:00 to 24:00, got "
                    + (hhmm == null ? "nothing" : "'" + hhmm + "'"));
        }
        return hhmm.equals("24:00") ? END_OF_DAY : LocalTime.parse(hhmm);
    }

    public static String format(LocalTime time) {
        return time.equals(END_OF_DAY) ? "24:00" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** Refuses a range that is empty or runs backwards; what names the range in the message. */
    static void checkRange(LocalTime start, LocalTime end, String what) {
        if (start == null || end == null) throw new IllegalArgumentException(what + " needs a start and an end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(what + " must start before it ends, got " + format(start) + "-" + format(end));
        }
    }
}
