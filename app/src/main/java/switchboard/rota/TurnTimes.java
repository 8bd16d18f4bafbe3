package switchboard.rota;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import switchboard.rota.solver.RotaTimes;

/** How the rota writes days (MON..SUN) and times (HH:MM, 24:00) in JSON, and keeps times in the database (minutes). */
final class TurnTimes {
    static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(TurnTimes::day).toList();
    static final int END_OF_DAY = 24 * 60;

    private TurnTimes() {}

    static String day(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    static Optional<DayOfWeek> day(String text) {
        int i = text == null ? -1 : DAYS.indexOf(text);
        return i < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(i + 1));
    }

    static int minutes(LocalTime time) {
        return time.equals(RotaTimes.END_OF_DAY) ? END_OF_DAY : time.getHour() * 60 + time.getMinute();
    }

    static LocalTime time(int minutes) {
        return minutes >= END_OF_DAY ? RotaTimes.END_OF_DAY : LocalTime.of(minutes / 60, minutes % 60);
    }
}
