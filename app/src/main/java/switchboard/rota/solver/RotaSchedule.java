package switchboard.rota.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendable.BendableScore;
import java.util.List;

/** The week as the solver works on it: the staff, last week's habits, and every seat of every turn. */
@PlanningSolution
final class RotaSchedule {
    @ProblemFactCollectionProperty
    List<Staff> staff;
    @ProblemFactCollectionProperty
    List<Habit> habits;
    @PlanningEntityCollectionProperty
    List<Seat> seats;
    @PlanningScore(bendableHardLevelsSize = RotaConstraints.HARD_LEVELS, bendableSoftLevelsSize = RotaConstraints.SOFT_LEVELS)
    BendableScore score;

    RotaSchedule() {} // for the solver's cloning

    RotaSchedule(List<Staff> staff, List<Habit> habits, List<Seat> seats) {
        this.staff = staff;
        this.habits = habits;
        this.seats = seats;
    }
}
