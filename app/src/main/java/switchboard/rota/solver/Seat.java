package switchboard.rota.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/** One of the places a turn needs filled; the solver puts one person on it, or leaves it empty. */
@PlanningEntity
final class Seat {
    @PlanningId
    int id;
    Turn turn;
    RotaLine line;
    List<Staff> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    Staff staff;

    Seat() {} // for the solver's cloning

    Seat(int id, Turn turn, RotaLine line, List<Staff> candidates, Staff staff) {
        this.id = id;
        this.turn = turn;
        this.line = line;
        this.candidates = candidates;
        this.staff = staff;
    }

    /** Only those the hard rules of the seat itself allow: the search never wastes a move on anyone else. */
    @ValueRangeProvider(id = "candidates")
    List<Staff> candidates() {
        return candidates;
    }

    Staff staff() {
        return staff;
    }

    Turn turn() {
        return turn;
    }

    @Override
    public String toString() {
        return turn + " seat " + id + ": " + staff;
    }
}
