package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** One concrete turn of a line in the week: a date, local start and end times, and how many people it needs. */
public record Turn(long lineId, LocalDate date, LocalTime start, LocalTime end, int needed) {
    /** The order of the rota: by date, then start, then end, then line. */
    public static final Comparator<Turn> ORDER = Comparator.comparing(Turn::date).thenComparing(Turn::start)
            .thenComparing(Turn::end).thenComparingLong(Turn::lineId);

    public Turn {
        Objects.requireNonNull(date, "a turn needs a date");
        RotaTimes.checkRange(start, end, "a turn on " + date);
    }

    public DayOfWeek day() {
        return date.getDayOfWeek();
    }

    /** Whether one person could not be in both: the same date and hours that overlap (touching is fine). */
    public boolean overlaps(Turn other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether one follows the other without a gap, on the same date. */
    public boolean adjoins(Turn other) {
        return date.equals(other.date) && (end.equals(other.start) || other.end.equals(start));
    }

    /** Whether the assignment is for this turn: the same line, date and hours. */
    public boolean isFor(Assignment a) {
        return lineId == a.lineId() && date.equals(a.date()) && start.equals(a.start()) && end.equals(a.end());
    }

    @Override
    public String toString() {
        return "line " + lineId + " " + day() + " " + date + " " + RotaTimes.format(start) + "-" + RotaTimes.format(end);
    }
}
