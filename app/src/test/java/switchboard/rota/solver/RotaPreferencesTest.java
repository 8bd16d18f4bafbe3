package switchboard.rota.solver;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.rota.solver.Weeks.MON;
import static switchboard.rota.solver.Weeks.TUE;
import static switchboard.rota.solver.Weeks.W50;
import static switchboard.rota.solver.Weeks.line;
import static switchboard.rota.solver.Weeks.on;
import static switchboard.rota.solver.Weeks.onTurn;
import static switchboard.rota.solver.Weeks.person;
import static switchboard.rota.solver.Weeks.problem;
import static switchboard.rota.solver.Weeks.solve;
import static switchboard.rota.solver.Weeks.turn;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The soft rules: targets met and misfits spread, turns in blocks, last week's pattern kept where it costs nothing. */
class RotaPreferencesTest {
    private static final RotaLine SIX_LONE_TURNS = line(1, List.of(1L, 2L, 3L), turn(MONDAY, "09:00", "11:00", 1),
            turn(TUESDAY, "09:00", "11:00", 1), turn(WEDNESDAY, "09:00", "11:00", 1), turn(THURSDAY, "09:00", "11:00", 1),
            turn(FRIDAY, "09:00", "11:00", 1), turn(FRIDAY, "14:00", "16:00", 1));

    @Test
    void targets_are_met_exactly_when_the_week_allows() {
        RotaProposal p = solve(problem(List.of(SIX_LONE_TURNS), List.of(person(1, 1), person(2, 2), person(3, 3))));
        assertThat(p.fairness().people()).extracting(Fairness.Load::assigned).containsExactly(1, 2, 3);
        assertThat(p.fairness().squaredDeviation()).isZero();
    }

    @Test
    void a_shortfall_is_spread_over_people_rather_than_heaped_on_one() {
        RotaProposal p = solve(problem(List.of(SIX_LONE_TURNS), List.of(person(1, 4), person(2, 4), person(3, 4))));
        assertThat(p.fairness().people()).extracting(Fairness.Load::deviation).containsExactly(-2, -2, -2);
        assertThat(p.fairness().largestDeviation()).isEqualTo(2);
    }

    @Test
    void an_overload_is_spread_too() {
        RotaProposal p = solve(problem(List.of(SIX_LONE_TURNS), List.of(person(1, 1), person(2, 1), person(3, 1))));
        assertThat(p.fairness().people()).extracting(Fairness.Load::assigned).containsExactly(2, 2, 2);
        assertThat(p.fairness().squaredDeviation()).isEqualTo(3);
    }

    @Test
    void an_absence_lowers_the_weeks_target_in_proportion() {
        Person away = person(1, 4, 2, Weeks.weekdays("08:00", "18:00"), Weeks.absent(MON, TUE));
        RotaLine lateWeek = line(1, List.of(1L, 2L), turn(WEDNESDAY, "09:00", "11:00", 1), turn(WEDNESDAY, "14:00", "16:00", 1),
                turn(THURSDAY, "09:00", "11:00", 1), turn(THURSDAY, "14:00", "16:00", 1), turn(FRIDAY, "09:00", "11:00", 1),
                turn(FRIDAY, "14:00", "16:00", 1));
        RotaProposal p = solve(problem(List.of(lateWeek), List.of(away, person(2, 4))));
        assertThat(p.fairness().people()).extracting(Fairness.Load::target, Fairness.Load::weekTarget, Fairness.Load::assigned)
                .containsExactly(tuple(4, 2, 2), tuple(4, 4, 4)); // three of five workdays: 4 * 3/5, rounded
    }

    @Test
    void a_persons_turns_in_a_day_come_as_an_adjacent_pair_rather_than_alone() {
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1),
                turn(MONDAY, "11:00", "13:00", 1), turn(TUESDAY, "09:00", "11:00", 1), turn(TUESDAY, "11:00", "13:00", 1))),
                List.of(person(1, 2), person(2, 2)));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).isEqualTo(onTurn(p, 1, MON, "11:00"));
        assertThat(onTurn(p, 1, TUE, "09:00")).isEqualTo(onTurn(p, 1, TUE, "11:00"));
        assertThat(onTurn(p, 1, MON, "09:00")).isNotEqualTo(onTurn(p, 1, TUE, "09:00"));
        assertThat(p.score().qualityPenalty()).isZero();
    }

    @Test
    void a_fair_load_outweighs_a_block() {
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1),
                turn(MONDAY, "11:00", "13:00", 1))), List.of(person(1, 1), person(2, 1)));
        RotaProposal p = solve(week);
        assertThat(p.fairness().people()).extracting(Fairness.Load::assigned).containsExactly(1, 1);
        assertThat(p.score().qualityPenalty()).isEqualTo(2 * RotaConstraints.ISOLATED_WEIGHT);
    }

    @Test
    void last_weeks_pattern_is_kept_when_it_costs_nothing_whichever_it_was() {
        RotaLine line = line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1), turn(MONDAY, "15:00", "17:00", 1));
        List<Person> people = List.of(person(1, 1), person(2, 1));
        for (long morning : List.of(1L, 2L)) {
            long afternoon = 3 - morning;
            List<Assignment> lastWeek = List.of(on(1, MON.minusWeeks(1), "09:00", "11:00", morning),
                    on(1, MON.minusWeeks(1), "15:00", "17:00", afternoon));
            RotaProposal p = solve(new RotaProblem(W50, List.of(line), people, lastWeek));
            assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(morning);
            assertThat(onTurn(p, 1, MON, "15:00")).containsExactly(afternoon);
            assertThat(p.score().stabilityPenalty()).isZero();
        }
    }

    @Test
    void last_weeks_pattern_gives_way_to_a_fair_load() {
        RotaLine line = line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1), turn(TUESDAY, "09:00", "11:00", 1));
        List<Assignment> lastWeek = List.of(on(1, MON.minusWeeks(1), "09:00", "11:00", 1L),
                on(1, TUE.minusWeeks(1), "09:00", "11:00", 1L));
        RotaProposal p = solve(new RotaProblem(W50, List.of(line), List.of(person(1, 1), person(2, 1)), lastWeek));
        assertThat(p.fairness().people()).extracting(Fairness.Load::assigned).containsExactly(1, 1);
        assertThat(p.score().stabilityPenalty()).isEqualTo(1);
    }
}
