package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When one person can work: weekly slots (kept in day and start order), dated absences (both dates inclusive),
 * the load they would like ({@code targetTurnsPerWeek}) and the most turns they take in one day.
 */
public record Availability(List<Slot> slots, List<Absence> absences, int targetTurnsPerWeek, int maxTurnsPerDay) {
    /** Hours on a weekday when the person can work; slots that touch or overlap count as one. */
    public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {
        public Slot {
            Objects.requireNonNull(day, "a slot needs a day");
            RotaTimes.checkRange(start, end, "a slot on " + day);
        }
    }

    /** Days off, from and to inclusive; the reason is for people (holiday, training) and may be empty. */
    public record Absence(LocalDate from, LocalDate to, String reason) {
        public Absence {
            if (from == null || to == null) throw new IllegalArgumentException("an absence needs from and to dates");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("an absence must not end (" + to + ") before it starts (" + from + ")");
            }
            reason = reason == null ? "" : reason;
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public Availability {
        slots = slots.stream().sorted(Comparator.comparing(Slot::day).thenComparing(Slot::start)).toList();
        absences = List.copyOf(absences);
        if (targetTurnsPerWeek < 0) {
            throw new IllegalArgumentException("targetTurnsPerWeek must be 0 or more, got " + targetTurnsPerWeek);
        }
        if (maxTurnsPerDay < 0) throw new IllegalArgumentException("maxTurnsPerDay must be 0 or more, got " + maxTurnsPerDay);
    }

    /** Whether the hours fall wholly inside the slots of that weekday, joined where they touch. */
    public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
        LocalTime reached = start;
        for (Slot s : slots) {
            if (s.day() != day) continue;
            if (s.start().isAfter(reached)) break;
            if (s.end().isAfter(reached)) reached = s.end();
            if (!reached.isBefore(end)) return true;
        }
        return false;
    }

    /**
     * The load to aim for in one week: {@code targetTurnsPerWeek}, less in proportion to the days they would work
     * (days with a slot) but are absent, rounded; someone away all week aims for nothing.
     */
    public int targetIn(RotaWeek week) {
        List<LocalDate> workdays = week.dates().stream().filter(d -> slots.stream().anyMatch(s -> s.day() == d.getDayOfWeek()))
                .toList();
        if (workdays.isEmpty()) return targetTurnsPerWeek;
        long present = workdays.stream().filter(d -> !absentOn(d)).count();
        return Math.round((float) targetTurnsPerWeek * present / workdays.size());
    }

    public boolean absentOn(LocalDate date) {
        return absences.stream().anyMatch(a -> a.covers(date));
    }
}
