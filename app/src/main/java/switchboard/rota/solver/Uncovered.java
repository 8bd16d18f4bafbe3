package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A turn the rota could not fill: it needs {@code needed} people and has {@code assigned}. */
public record Uncovered(long lineId, LocalDate date, LocalTime start, LocalTime end, int needed, int assigned) {
    static Uncovered of(Turn turn, int assigned) {
        return new Uncovered(turn.lineId(), turn.date(), turn.start(), turn.end(), turn.needed(), assigned);
    }

    public DayOfWeek day() {
        return date.getDayOfWeek();
    }
}
