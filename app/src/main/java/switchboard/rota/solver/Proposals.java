package switchboard.rota.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a scored schedule back as a proposal: the assignments, what is uncovered, and the fairness summary. */
final class Proposals {
    private Proposals() {}

    static RotaProposal of(RotaProblem problem, RotaSchedule schedule, boolean cutShort) {
        Map<Turn, List<Long>> byTurn = new LinkedHashMap<>();
        problem.turns().forEach(t -> byTurn.put(t, new ArrayList<>()));
        Map<Long, Integer> load = new LinkedHashMap<>();
        for (Seat seat : schedule.seats) {
            if (seat.staff == null) continue;
            byTurn.get(seat.turn).add(seat.staff.userId());
            load.merge(seat.staff.userId(), 1, Integer::sum);
        }
        List<Assignment> assignments = new ArrayList<>();
        List<Uncovered> uncovered = new ArrayList<>();
        byTurn.forEach((turn, userIds) -> {
            assignments.add(Assignment.of(turn, userIds.stream().sorted().toList()));
            if (userIds.size() < turn.needed()) uncovered.add(Uncovered.of(turn, userIds.size()));
        });
        List<Fairness.Load> loads = problem.people().stream().map(p -> {
            int assigned = load.getOrDefault(p.userId(), 0);
            int weekTarget = p.availability().targetIn(problem.week());
            return new Fairness.Load(p.userId(), p.name(), p.availability().targetTurnsPerWeek(), weekTarget, assigned,
                    assigned - weekTarget);
        }).toList();
        return new RotaProposal(problem.week(), assignments, uncovered, Fairness.of(loads), RotaScore.of(schedule.score),
                cutShort);
    }
}
