package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A turn as a line defines it, repeating every week: a day, hours, and how many people it needs. */
public record WeeklyTurn(DayOfWeek day, LocalTime start, LocalTime end, int needed) {
    public WeeklyTurn {
        Objects.requireNonNull(day, "a turn needs a day");
        RotaTimes.checkRange(start, end, "a turn on " + day);
        if (needed < 0) throw new IllegalArgumentException("a turn's needed must be 0 or more, got " + needed);
    }
}
