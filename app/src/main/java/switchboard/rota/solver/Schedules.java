package switchboard.rota.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the solver's view of a week: empty seats to fill, or the seats of a given rota to check. */
final class Schedules {
    private Schedules() {}

    /** Every turn's needed seats, empty. */
    static RotaSchedule toFill(RotaProblem problem) {
        return build(problem, Map.of(), true);
    }

    /**
     * The given rota, one seat per person named, plus empty seats up to each turn's needed. An assignment for a
     * turn the week does not have, two assignments for one turn, or a user who is not one of the problem's people
     * are mistakes in the request, not broken rules: refused with IllegalArgumentException.
     */
    static RotaSchedule of(RotaProblem problem, List<Assignment> assignments) {
        List<Turn> turns = problem.turns();
        Map<Turn, List<Long>> byTurn = new HashMap<>();
        for (Assignment a : assignments) {
            Turn turn = turns.stream().filter(t -> t.isFor(a)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "line " + a.lineId() + " has no turn on " + a.day() + " " + a.date() + " " + RotaTimes.format(a.start())
                            + "-" + RotaTimes.format(a.end()) + " in " + problem.week()));
            if (byTurn.put(turn, a.userIds()) != null) throw new IllegalArgumentException("two assignments for " + turn);
        }
        return build(problem, byTurn, false);
    }

    /**
     * To fill, a seat's candidates are only the people the seat's own rules allow; to check a given rota, anyone
     * (Timefold refuses a value outside the seat's candidates, and a rule broken is what the check must report).
     */
    private static RotaSchedule build(RotaProblem problem, Map<Turn, List<Long>> assigned, boolean toFill) {
        List<Staff> staff = problem.people().stream().map(p -> new Staff(p, problem.week())).toList();
        Map<Long, Staff> byId = staff.stream().collect(Collectors.toMap(Staff::userId, Function.identity()));
        List<Seat> seats = new ArrayList<>();
        Set<Habit> habits = new LinkedHashSet<>();
        for (Turn turn : problem.turns()) {
            RotaLine line = problem.line(turn.lineId()).orElseThrow();
            List<Staff> eligible = staff.stream().filter(s -> s.mayTake(line, turn)).toList();
            List<Staff> candidates = toFill ? eligible : staff;
            List<Long> named = assigned.getOrDefault(turn, List.of());
            for (long userId : named) {
                Staff s = byId.get(userId);
                if (s == null) throw new IllegalArgumentException("user " + userId + " is not one of the rota's people");
                seats.add(new Seat(seats.size(), turn, line, candidates, s));
            }
            for (int i = named.size(); i < turn.needed(); i++) seats.add(new Seat(seats.size(), turn, line, candidates, null));
            for (Assignment last : problem.lastWeek()) {
                if (!sameWeeklyTurn(last, turn)) continue;
                last.userIds().stream().map(byId::get).filter(eligible::contains).forEach(s -> habits.add(new Habit(turn, s)));
            }
        }
        return new RotaSchedule(staff, List.copyOf(habits), seats);
    }

    private static boolean sameWeeklyTurn(Assignment last, Turn turn) {
        return last.lineId() == turn.lineId() && last.day() == turn.day() && last.start().equals(turn.start())
                && last.end().equals(turn.end());
    }
}
