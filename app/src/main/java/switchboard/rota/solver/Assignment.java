package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** The people on one turn: a line, a date and its hours, and the user ids (ascending in a proposal). */
public record Assignment(long lineId, LocalDate date, LocalTime start, LocalTime end, List<Long> userIds) {
    public Assignment {
        Objects.requireNonNull(date, "an assignment needs a date");
        RotaTimes.checkRange(start, end, "an assignment on " + date);
        userIds = List.copyOf(userIds);
    }

    public static Assignment of(Turn turn, List<Long> userIds) {
        return new Assignment(turn.lineId(), turn.date(), turn.start(), turn.end(), userIds);
    }

    public DayOfWeek day() {
        return date.getDayOfWeek();
    }
}
