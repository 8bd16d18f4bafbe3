package switchboard.rota.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/** Why a hard constraint matched, as the solver records it; {@link RotaRules} turns it into a {@link Violation}. */
record Breach(Violation violation) implements ConstraintJustification {
    static Breach of(RotaRule rule, Staff staff, List<Turn> turns, String detail) {
        return new Breach(new Violation(rule, staff.userId(), turns,
                rule.code() + ": " + staff.person.name() + " (user " + staff.userId() + ") " + detail));
    }
}
