package switchboard.rota;

import java.time.Instant;
import java.util.List;
import switchboard.rota.solver.Fairness;
import switchboard.rota.solver.RotaProposal;
import switchboard.rota.solver.RotaRules;
import switchboard.rota.solver.RotaScore;
import switchboard.rota.solver.RotaWeek;
import switchboard.rota.solver.Violation;

/**
 * A week's rota as the API shows it: {@code status} is "published" when routing follows exactly this rota, "proposed"
 * while it is a draft (generated or edited since it was last published). Uncovered turns, fairness, the score and the
 * hard rules it breaks are computed from the lines' members and the people's availability now.
 */
public record RotaView(String week, String status, List<RotaJson.AssignmentView> assignments,
                       List<RotaJson.UncoveredView> uncovered, Fairness fairness, RotaScore score,
                       List<RuleBroken> violations, boolean cutShort, Instant generatedAt, Instant publishedAt,
                       int publication) {
    public static final String PROPOSED = "proposed";
    public static final String PUBLISHED = "published";

    /** A hard rule the rota breaks now (say, someone declared an absence after it was generated). */
    public record RuleBroken(String rule, long userId, String message) {}

    static RotaView of(RotaDao.WeekRow row, RotaWeek week, List<RotaTurn> turns, RotaInputs inputs, String status) {
        var assignments = turns.stream().map(RotaTurn::assignment).toList();
        RotaProposal evaluated = RotaRules.evaluate(inputs.problem(), assignments);
        List<Violation> broken = RotaRules.violations(inputs.problem(), assignments);
        return new RotaView(week.toString(), status, turns.stream().map(RotaJson::assignment).toList(),
                evaluated.uncovered().stream().map(RotaJson::uncovered).toList(), evaluated.fairness(), evaluated.score(),
                broken.stream().map(v -> new RuleBroken(v.rule().code(), v.userId(), v.message())).toList(),
                row.cutShort(), row.generatedAt(), row.publishedAt(), row.publication());
    }
}
