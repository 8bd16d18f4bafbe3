package switchboard.rota.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.buildin.bendable.BendableScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.List;

/**
 * The rules, on four levels compared in order (a level only counts when the ones above it tie):
 * hard (a rule broken: 1 per breach), coverage (1 per unfilled seat), quality (2 per squared turn of misfit
 * against a person's week target, 1 per isolated turn) and stability (1 per seat of last week's pattern not kept).
 * Public only because Timefold instantiates it; nothing outside this package uses it.
 */
public final class RotaConstraints implements ConstraintProvider {
    static final int HARD_LEVELS = 1;
    static final int SOFT_LEVELS = 3;
    static final int COVERAGE = 0;
    static final int QUALITY = 1;
    static final int STABILITY = 2;
    static final int MISFIT_WEIGHT = 2;
    static final int ISOLATED_WEIGHT = 1;
    static final String UNFILLED = "unfilled-seat";
    static final String MISFIT = "target-misfit";
    static final String ISOLATED = "isolated-turn";
    static final String CHANGED = "changed-from-last-week";

    private static final BendableScore HARD = BendableScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);

    public RotaConstraints() {} // Timefold needs a public no-arg constructor

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            notAvailable(f), absent(f), notATierMember(f), maxTurnsPerDay(f), overlappingTurns(f),
            unfilledSeat(f), targetMisfit(f), isolatedTurn(f), changedFromLastWeek(f)
        };
    }

    private static Constraint notAvailable(ConstraintFactory f) {
        return f.forEach(Seat.class).filter(s -> !s.staff.person.availableFor(s.turn)).penalize(HARD)
                .justifyWith((s, score) -> Breach.of(RotaRule.NOT_AVAILABLE, s.staff, List.of(s.turn),
                        "is not available for " + s.turn))
                .asConstraint(RotaRule.NOT_AVAILABLE.code());
    }

    private static Constraint absent(ConstraintFactory f) {
        return f.forEach(Seat.class).filter(s -> s.staff.person.absentOn(s.turn)).penalize(HARD)
                .justifyWith((s, score) -> Breach.of(RotaRule.ABSENT, s.staff, List.of(s.turn),
                        "is absent on " + s.turn.date() + " (" + s.turn + ")"))
                .asConstraint(RotaRule.ABSENT.code());
    }

    private static Constraint notATierMember(ConstraintFactory f) {
        return f.forEach(Seat.class).filter(s -> !s.line.hasMember(s.staff.userId())).penalize(HARD)
                .justifyWith((s, score) -> Breach.of(RotaRule.NOT_A_TIER_MEMBER, s.staff, List.of(s.turn),
                        "is not in any tier of line " + s.line.id() + " (" + s.line.name() + ")"))
                .asConstraint(RotaRule.NOT_A_TIER_MEMBER.code());
    }

    private static Constraint maxTurnsPerDay(ConstraintFactory f) {
        return f.forEach(Seat.class).groupBy(Seat::staff, s -> s.turn.date(), toList())
                .filter((staff, date, seats) -> seats.size() > staff.maxTurnsPerDay())
                .penalize(HARD, (staff, date, seats) -> seats.size() - staff.maxTurnsPerDay())
                .justifyWith((staff, date, seats, score) -> Breach.of(RotaRule.MAX_TURNS_PER_DAY, staff,
                        seats.stream().map(Seat::turn).toList(), "has " + seats.size() + " turns on " + date
                                + ", at most " + staff.maxTurnsPerDay() + " allowed"))
                .asConstraint(RotaRule.MAX_TURNS_PER_DAY.code());
    }

    private static Constraint overlappingTurns(ConstraintFactory f) {
        return f.forEachUniquePair(Seat.class, Joiners.equal(Seat::staff), Joiners.equal(s -> s.turn.date()),
                        Joiners.filtering((a, b) -> a.turn.overlaps(b.turn))) // a day's few turns: cheaper than an index
                .penalize(HARD)
                .justifyWith((a, b, score) -> Breach.of(RotaRule.OVERLAPPING_TURNS, a.staff, List.of(a.turn, b.turn),
                        a.turn.equals(b.turn) ? "is twice on " + a.turn : "is on " + a.turn + " and " + b.turn + " at once"))
                .asConstraint(RotaRule.OVERLAPPING_TURNS.code());
    }

    private static Constraint unfilledSeat(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Seat.class).filter(s -> s.staff == null)
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, COVERAGE, 1))
                .asConstraint(UNFILLED);
    }

    /** Squared, so that one person three turns off their target costs more than three people one turn off. */
    private static Constraint targetMisfit(ConstraintFactory f) {
        return f.forEach(Seat.class).groupBy(Seat::staff, count()).complement(Staff.class, staff -> 0)
                .filter((staff, turns) -> turns != staff.target())
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, QUALITY, MISFIT_WEIGHT),
                        (staff, turns) -> (turns - staff.target()) * (turns - staff.target()))
                .asConstraint(MISFIT);
    }

    /** A turn with no turn of the same person right before or after it that day. */
    private static Constraint isolatedTurn(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .ifNotExists(Seat.class, Joiners.equal(Seat::staff), Joiners.equal(s -> s.turn.date()),
                        Joiners.filtering((a, b) -> a.turn.adjoins(b.turn)))
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, QUALITY, ISOLATED_WEIGHT))
                .asConstraint(ISOLATED);
    }

    private static Constraint changedFromLastWeek(ConstraintFactory f) {
        return f.forEach(Habit.class)
                .ifNotExists(Seat.class, Joiners.equal(Habit::turn, Seat::turn), Joiners.equal(Habit::staff, Seat::staff))
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, STABILITY, 1))
                .asConstraint(CHANGED);
    }
}
