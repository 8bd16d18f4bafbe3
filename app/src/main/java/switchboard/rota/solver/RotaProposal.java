package switchboard.rota.solver;

import java.util.List;

/**
 * A computed (or hand-edited and re-evaluated) rota for one week: every turn with the people on it (turns in
 * {@link Turn#ORDER}, user ids ascending, a turn nobody could take has an empty list), the seats that stay
 * unfilled, how fair the load is, and the score. {@code cutShort} says the solver's time cap stopped it before
 * its move limit: only then may solving the same problem again give a different proposal.
 */
public record RotaProposal(RotaWeek week, List<Assignment> assignments, List<Uncovered> uncovered, Fairness fairness,
                           RotaScore score, boolean cutShort) {
    public RotaProposal {
        assignments = List.copyOf(assignments);
        uncovered = List.copyOf(uncovered);
    }
}
