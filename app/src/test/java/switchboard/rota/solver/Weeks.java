package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Small hand-made weeks for the tests: 2026-W50 is Monday 7 to Sunday 13 December 2026. */
final class Weeks {
    static final RotaWeek W50 = RotaWeek.parse("2026-W50");
    static final LocalDate MON = W50.date(DayOfWeek.MONDAY);
    static final LocalDate TUE = W50.date(DayOfWeek.TUESDAY);

    private Weeks() {}

    static WeeklyTurn turn(DayOfWeek day, String start, String end, int needed) {
        return new WeeklyTurn(day, RotaTimes.parse(start), RotaTimes.parse(end), needed);
    }

    static RotaLine line(long id, List<Long> members, WeeklyTurn... turns) {
        return new RotaLine(id, "line " + id, Set.copyOf(members), List.of(turns));
    }

    static Availability.Slot slot(DayOfWeek day, String start, String end) {
        return new Availability.Slot(day, RotaTimes.parse(start), RotaTimes.parse(end));
    }

    /** Available Monday to Friday 08:00-18:00, at most two turns a day. */
    static Person person(long id, int target) {
        return person(id, target, 2, weekdays("08:00", "18:00"));
    }

    static Person person(long id, int target, int maxPerDay, List<Availability.Slot> slots, Availability.Absence... absences) {
        return new Person(id, "person " + id, new Availability(slots, Arrays.asList(absences), target, maxPerDay));
    }

    static List<Availability.Slot> weekdays(String start, String end) {
        List<Availability.Slot> slots = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
            slots.add(slot(d, start, end));
        }
        return slots;
    }

    static Availability.Absence absent(LocalDate from, LocalDate to) {
        return new Availability.Absence(from, to, "holiday");
    }

    static RotaProblem problem(List<RotaLine> lines, List<Person> people) {
        return new RotaProblem(W50, lines, people, List.of());
    }

    static Assignment on(long lineId, LocalDate date, String start, String end, Long... userIds) {
        return new Assignment(lineId, date, RotaTimes.parse(start), RotaTimes.parse(end), List.of(userIds));
    }

    /** Who is on the turn of that line, date and start, in the proposal. */
    static List<Long> onTurn(RotaProposal p, long lineId, LocalDate date, String start) {
        return p.assignments().stream()
                .filter(a -> a.lineId() == lineId && a.date().equals(date) && a.start().equals(RotaTimes.parse(start)))
                .findFirst().orElseThrow().userIds();
    }

    /**
     * The default amount of work with a time cap no loaded test machine reaches, so that no test depends on speed:
     * the proposal is the one the default limits give.
     */
    static final SolveLimits UNHURRIED = new SolveLimits(java.time.Duration.ofMinutes(5), SolveLimits.DEFAULT_MOVES_PER_SEAT);

    /** Solves and checks what every proposal must be: within the hard rules, not cut short. */
    static RotaProposal solve(RotaProblem problem) {
        RotaProposal p = RotaSolver.solve(problem, UNHURRIED);
        if (!RotaRules.violations(problem, p.assignments()).isEmpty() || p.cutShort() || !p.score().feasible()) {
            throw new AssertionError("the proposal breaks a hard rule or was cut short: " + p);
        }
        return p;
    }
}
