package switchboard.rota.solver;

import ai.timefold.solver.core.api.score.buildin.bendable.BendableScore;

/**
 * How good a rota is, as penalties compared level by level (a lower level only counts when the ones above tie):
 * broken hard rules, unfilled seats, quality (target misfit and isolated turns, weighted) and stability (last
 * week's pattern not kept). Zero everywhere is a perfect week; a published rota needs {@code brokenRules == 0}.
 */
public record RotaScore(int brokenRules, int unfilledSeats, int qualityPenalty, int stabilityPenalty) {
    static RotaScore of(BendableScore score) {
        return new RotaScore(-score.hardScore(0), -score.softScore(RotaConstraints.COVERAGE),
                -score.softScore(RotaConstraints.QUALITY), -score.softScore(RotaConstraints.STABILITY));
    }

    public boolean feasible() {
        return brokenRules == 0;
    }

    @Override
    public String toString() {
        return brokenRules + " broken, " + unfilledSeats + " unfilled, quality -" + qualityPenalty + ", stability -"
                + stabilityPenalty;
    }
}
