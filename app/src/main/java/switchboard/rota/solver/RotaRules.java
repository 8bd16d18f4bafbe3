package switchboard.rota.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a rota written by hand (assign, unassign, swap) against the same constraints the solver uses, so the
 * two can never disagree about what a rule means.
 */
public final class RotaRules {
    private static final Comparator<Violation> ORDER = Comparator.comparing((Violation v) -> v.turns().get(0), Turn.ORDER)
            .thenComparing(Violation::rule).thenComparingLong(Violation::userId);

    private RotaRules() {}

    /**
     * The hard rules the rota breaks, each naming the rule, the person and the turn(s); empty when it keeps them
     * all. Turns the assignments leave out are taken as empty. Throws IllegalArgumentException when an
     * assignment names a turn the week does not have, a turn twice, or a user who is not one of the problem's people.
     */
    public static List<Violation> violations(RotaProblem problem, List<Assignment> assignments) {
        RotaSchedule schedule = Schedules.of(problem, assignments);
        return RotaEngine.SOLUTIONS.analyze(schedule).constraintAnalyses().stream()
                .map(ConstraintAnalysis::matches).filter(Objects::nonNull).flatMap(List::stream)
                .map(MatchAnalysis::justification).filter(Breach.class::isInstance)
                .map(j -> ((Breach) j).violation()).sorted(ORDER).toList();
    }

    /** The rota as given, read back as a proposal: its uncovered turns, fairness and score (cutShort false). */
    public static RotaProposal evaluate(RotaProblem problem, List<Assignment> assignments) {
        RotaSchedule schedule = Schedules.of(problem, assignments);
        RotaEngine.SOLUTIONS.update(schedule);
        return Proposals.of(problem, schedule, false);
    }
}
