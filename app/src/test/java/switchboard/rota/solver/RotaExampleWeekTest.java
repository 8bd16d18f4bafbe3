package switchboard.rota.solver;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.rota.solver.Weeks.MON;
import static switchboard.rota.solver.Weeks.TUE;
import static switchboard.rota.solver.Weeks.W50;
import static switchboard.rota.solver.Weeks.on;
import static switchboard.rota.solver.Weeks.slot;
import static switchboard.rota.solver.Weeks.turn;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example week of the README's Weekly rota section, so that what the document shows is what the solver does. */
class RotaExampleWeekTest {
    private static final RotaProblem EXAMPLE = new RotaProblem(W50, List.of(
            new RotaLine(1, "Support", Set.of(1L, 2L, 3L), List.of(turn(MONDAY, "09:00", "11:00", 2),
                    turn(MONDAY, "11:00", "13:00", 1), turn(TUESDAY, "09:00", "11:00", 1), turn(TUESDAY, "11:00", "13:00", 1),
                    turn(TUESDAY, "15:00", "17:00", 1))),
            new RotaLine(2, "Sales", Set.of(2L, 3L), List.of(turn(MONDAY, "11:00", "13:00", 1), turn(TUESDAY, "15:00", "17:00", 1)))),
            List.of(new Person(1, "Ana", new Availability(List.of(slot(MONDAY, "09:00", "13:00"), slot(TUESDAY, "09:00", "13:00")),
                            List.of(), 3, 2)),
                    new Person(2, "Ben", new Availability(List.of(slot(MONDAY, "09:00", "17:00"), slot(TUESDAY, "09:00", "17:00"),
                            slot(WEDNESDAY, "09:00", "17:00")), List.of(new Availability.Absence(TUE, TUE, "training")), 3, 2)),
                    new Person(3, "Chloé", new Availability(List.of(slot(MONDAY, "09:00", "17:00"), slot(TUESDAY, "13:00", "17:00")),
                            List.of(), 3, 2))),
            List.of(on(2, MON.minusWeeks(1), "11:00", "13:00", 2L)));

    @Test
    void the_documented_example_week_gets_the_documented_rota() {
        RotaProposal p = Weeks.solve(EXAMPLE);
        assertThat(p.assignments()).containsExactly(on(1, MON, "09:00", "11:00", 2L, 3L), on(1, MON, "11:00", "13:00", 3L),
                on(2, MON, "11:00", "13:00", 2L), on(1, TUE, "09:00", "11:00", 1L), on(1, TUE, "11:00", "13:00", 1L),
                on(1, TUE, "15:00", "17:00", 3L), on(2, TUE, "15:00", "17:00"));
        assertThat(p.uncovered()).containsExactly(Uncovered.of(EXAMPLE.turns().get(6), 0));
        assertThat(p.fairness().people()).containsExactly(new Fairness.Load(1, "Ana", 3, 3, 2, -1),
                new Fairness.Load(2, "Ben", 3, 2, 2, 0), new Fairness.Load(3, "Chloé", 3, 3, 3, 0));
        assertThat(p.score()).isEqualTo(new RotaScore(0, 1, 3, 0));
    }

    @Test
    void putting_ben_on_sales_on_his_training_day_is_refused_as_the_document_says() {
        assertThat(RotaRules.violations(EXAMPLE, List.of(on(2, TUE, "15:00", "17:00", 2L)))).extracting(Violation::message)
                .containsExactly("absent: Ben (user 2) is absent on 2026-12-08 (line 2 TUESDAY 2026-12-08 15:00-17:00)");
    }
}
