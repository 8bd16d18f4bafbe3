package switchboard.rota.solver;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.rota.solver.Weeks.MON;
import static switchboard.rota.solver.Weeks.TUE;
import static switchboard.rota.solver.Weeks.W50;
import static switchboard.rota.solver.Weeks.absent;
import static switchboard.rota.solver.Weeks.line;
import static switchboard.rota.solver.Weeks.onTurn;
import static switchboard.rota.solver.Weeks.person;
import static switchboard.rota.solver.Weeks.problem;
import static switchboard.rota.solver.Weeks.slot;
import static switchboard.rota.solver.Weeks.solve;
import static switchboard.rota.solver.Weeks.turn;
import static switchboard.rota.solver.Weeks.weekdays;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made weeks whose best rota is known; every proposal is also checked against the hard rules (Weeks.solve). */
class RotaSolverTest {
    @Test
    void two_people_share_three_turns_by_their_targets_in_one_block() {
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1),
                turn(MONDAY, "11:00", "13:00", 1), turn(TUESDAY, "09:00", "11:00", 1))), List.of(person(1, 2), person(2, 1)));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(1L);
        assertThat(onTurn(p, 1, MON, "11:00")).containsExactly(1L);
        assertThat(onTurn(p, 1, TUE, "09:00")).containsExactly(2L);
        assertThat(p.uncovered()).isEmpty();
        assertThat(p.fairness().squaredDeviation()).isZero();
        assertThat(p.score()).isEqualTo(new RotaScore(0, 0, 1, 0)); // Tuesday's lone turn is isolated, unavoidably
    }

    @Test
    void an_absent_person_gets_no_turn_on_any_day_of_the_absence() {
        Person away = person(1, 3, 2, weekdays("08:00", "18:00"), absent(MON, TUE));
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1),
                turn(TUESDAY, "09:00", "11:00", 1), turn(WEDNESDAY, "09:00", "11:00", 1))), List.of(away, person(2, 0)));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(2L);
        assertThat(onTurn(p, 1, TUE, "09:00")).containsExactly(2L);
        assertThat(onTurn(p, 1, W50.date(WEDNESDAY), "09:00")).containsExactly(1L);
    }

    @Test
    void nobody_is_put_on_a_line_whose_tiers_they_are_not_in() {
        RotaProblem week = problem(List.of(line(1, List.of(1L), turn(MONDAY, "09:00", "11:00", 1)),
                line(2, List.of(2L), turn(MONDAY, "11:00", "13:00", 1))), List.of(person(1, 2), person(2, 0)));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(1L);
        assertThat(onTurn(p, 2, MON, "11:00")).containsExactly(2L);
    }

    @Test
    void a_turn_needing_two_with_one_person_available_is_reported_uncovered() {
        Person afternoons = person(2, 1, 2, weekdays("14:00", "18:00"));
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 2))),
                List.of(person(1, 1), afternoons));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(1L);
        assertThat(p.uncovered())
                .containsExactly(new Uncovered(1, MON, RotaTimes.parse("09:00"), RotaTimes.parse("11:00"), 2, 1));
        assertThat(p.score().unfilledSeats()).isEqualTo(1);
    }

    @Test
    void an_infeasible_week_is_reported_as_uncovered_turns_not_as_a_failure() {
        RotaProblem week = problem(List.of(line(1, List.of(1L), turn(MONDAY, "09:00", "11:00", 1),
                turn(SATURDAY, "10:00", "12:00", 1), turn(SUNDAY, "10:00", "12:00", 2))), List.of(person(1, 3)));
        RotaProposal p = solve(week);
        assertThat(onTurn(p, 1, MON, "09:00")).containsExactly(1L);
        assertThat(p.uncovered()).extracting(Uncovered::day, Uncovered::needed, Uncovered::assigned)
                .containsExactly(tuple(SATURDAY, 1, 0), tuple(SUNDAY, 2, 0));
        assertThat(p.score()).extracting(RotaScore::brokenRules, RotaScore::unfilledSeats).containsExactly(0, 3);
    }

    @Test
    void nobody_takes_more_turns_in_a_day_than_their_maximum_even_for_a_block() {
        Person onceADay = person(1, 2, 1, weekdays("08:00", "18:00"));
        RotaProblem week = problem(List.of(line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1),
                turn(MONDAY, "11:00", "13:00", 1))), List.of(onceADay, person(2, 0)));
        RotaProposal p = solve(week);
        assertThat(p.fairness().people()).extracting(Fairness.Load::assigned).containsExactly(1, 1);
    }

    @Test
    void nobody_is_on_two_lines_at_once() {
        RotaProblem week = problem(List.of(line(1, List.of(1L), turn(MONDAY, "09:00", "11:00", 1)),
                line(2, List.of(1L), turn(MONDAY, "10:00", "12:00", 1))), List.of(person(1, 2)));
        RotaProposal p = solve(week);
        assertThat(p.fairness().people().get(0).assigned()).isEqualTo(1);
        assertThat(p.uncovered()).hasSize(1);
    }

    @Test
    void a_week_without_turns_gives_an_empty_rota_and_everyone_below_target() {
        RotaProposal p = solve(problem(List.of(line(1, List.of(1L))), List.of(person(1, 2))));
        assertThat(p.assignments()).isEmpty();
        assertThat(p.fairness().people()).containsExactly(new Fairness.Load(1, "person 1", 2, 2, 0, -2));
    }

    @Test
    void a_week_nobody_can_work_leaves_every_seat_unfilled() {
        RotaProblem week = problem(List.of(line(1, List.of(1L), turn(SUNDAY, "10:00", "12:00", 2))),
                List.of(person(1, 2, 2, List.of(slot(MONDAY, "09:00", "17:00")))));
        RotaProposal p = solve(week);
        assertThat(p.assignments()).extracting(Assignment::userIds).containsExactly(List.of());
        assertThat(p.uncovered()).extracting(Uncovered::assigned).containsExactly(0);
    }
}
