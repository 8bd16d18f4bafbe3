package switchboard.rota.solver;

import java.util.List;

/** A hard rule a rota breaks: which rule, for whom, on which turn(s), and a sentence saying so. */
public record Violation(RotaRule rule, long userId, List<Turn> turns, String message) {
    public Violation {
        turns = turns.stream().sorted(Turn.ORDER).toList();
    }
}
