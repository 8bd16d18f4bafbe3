package switchboard.rota.solver;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.rota.solver.Weeks.MON;
import static switchboard.rota.solver.Weeks.TUE;
import static switchboard.rota.solver.Weeks.absent;
import static switchboard.rota.solver.Weeks.line;
import static switchboard.rota.solver.Weeks.on;
import static switchboard.rota.solver.Weeks.person;
import static switchboard.rota.solver.Weeks.problem;
import static switchboard.rota.solver.Weeks.slot;
import static switchboard.rota.solver.Weeks.turn;
import static switchboard.rota.solver.Weeks.weekdays;

import java.util.List;
import org.junit.jupiter.api.Test;

class RotaRulesTest {
    /** Line 1 (members 1 and 2): Monday 09-11, 11-13 and 10-12; line 2 (member 1 only): Monday 10-12. */
    private static final List<RotaLine> LINES = List.of(
            line(1, List.of(1L, 2L), turn(MONDAY, "09:00", "11:00", 1), turn(MONDAY, "11:00", "13:00", 1),
                    turn(MONDAY, "10:00", "12:00", 1)),
            line(2, List.of(1L), turn(MONDAY, "10:00", "12:00", 1)));

    private static List<Violation> check(List<Person> people, Assignment... rota) {
        return RotaRules.violations(problem(LINES, people), List.of(rota));
    }

    @Test
    void a_rota_within_the_rules_has_no_violations() {
        assertThat(check(List.of(person(1, 2), person(2, 1)), on(1, MON, "09:00", "11:00", 1L),
                on(1, MON, "11:00", "13:00", 1L), on(2, MON, "10:00", "12:00", 2L))).extracting(Violation::rule)
                .containsExactly(RotaRule.NOT_A_TIER_MEMBER); // only user 2 on line 2, which the next tests take apart
        assertThat(check(List.of(person(1, 2), person(2, 1)), on(1, MON, "09:00", "11:00", 1L),
                on(1, MON, "11:00", "13:00", 1L, 2L))).isEmpty();
    }

    @Test
    void a_turn_outside_the_persons_slots_breaks_not_available() {
        Person lateStarter = person(1, 1, 2, List.of(slot(MONDAY, "10:00", "18:00")));
        List<Violation> v = check(List.of(lateStarter), on(1, MON, "09:00", "11:00", 1L));
        assertThat(v).extracting(Violation::rule, Violation::userId).containsExactly(
                tuple(RotaRule.NOT_AVAILABLE, 1L));
        assertThat(v.get(0).message()).startsWith("not-available: person 1 (user 1)")
                .contains("line 1 MONDAY 2026-12-07 09:00-11:00");
    }

    @Test
    void slots_that_touch_count_as_one() {
        Person split = person(1, 1, 2, List.of(slot(MONDAY, "08:00", "10:00"), slot(MONDAY, "10:00", "12:00")));
        assertThat(check(List.of(split), on(1, MON, "09:00", "11:00", 1L))).isEmpty();
    }

    @Test
    void a_turn_on_a_day_off_breaks_absent() {
        Person away = person(1, 1, 2, weekdays("08:00", "18:00"), absent(MON.minusDays(3), MON));
        List<Violation> v = check(List.of(away), on(1, MON, "09:00", "11:00", 1L));
        assertThat(v).extracting(Violation::rule).containsExactly(RotaRule.ABSENT);
        assertThat(v.get(0).message()).contains("is absent on 2026-12-07");
        RotaProblem tuesday = problem(List.of(line(1, List.of(1L), turn(TUESDAY, "09:00", "11:00", 1))), List.of(away));
        assertThat(RotaRules.violations(tuesday, List.of(on(1, TUE, "09:00", "11:00", 1L)))).isEmpty();
    }

    @Test
    void more_turns_in_a_day_than_allowed_breaks_max_turns_per_day_naming_every_turn_that_day() {
        Person onceADay = person(1, 2, 1, weekdays("08:00", "18:00"));
        List<Violation> v = check(List.of(onceADay), on(1, MON, "09:00", "11:00", 1L), on(1, MON, "11:00", "13:00", 1L));
        assertThat(v).extracting(Violation::rule).containsExactly(RotaRule.MAX_TURNS_PER_DAY);
        assertThat(v.get(0).turns()).extracting(Turn::start).containsExactly(RotaTimes.parse("09:00"), RotaTimes.parse("11:00"));
        assertThat(v.get(0).message()).contains("has 2 turns on 2026-12-07, at most 1 allowed");
    }

    @Test
    void one_person_in_two_overlapping_turns_breaks_overlapping_turns_even_across_lines() {
        List<Violation> v = check(List.of(person(1, 2)), on(1, MON, "09:00", "11:00", 1L), on(2, MON, "10:00", "12:00", 1L));
        assertThat(v).extracting(Violation::rule).containsExactly(RotaRule.OVERLAPPING_TURNS);
        assertThat(v.get(0).turns()).extracting(Turn::lineId).containsExactly(1L, 2L);
    }

    @Test
    void turns_that_only_touch_do_not_overlap() {
        assertThat(check(List.of(person(1, 2)), on(1, MON, "09:00", "11:00", 1L), on(1, MON, "11:00", "13:00", 1L))).isEmpty();
    }

    @Test
    void the_same_person_twice_on_one_turn_breaks_overlapping_turns() {
        List<Violation> v = check(List.of(person(1, 2)), on(1, MON, "09:00", "11:00", 1L, 1L));
        assertThat(v).extracting(Violation::rule).containsExactly(RotaRule.OVERLAPPING_TURNS);
        assertThat(v.get(0).message()).contains("is twice on line 1");
    }

    @Test
    void a_person_outside_the_lines_tiers_breaks_not_a_tier_member() {
        List<Violation> v = check(List.of(person(1, 1), person(2, 1)), on(2, MON, "10:00", "12:00", 2L));
        assertThat(v).extracting(Violation::rule, Violation::userId).containsExactly(
                tuple(RotaRule.NOT_A_TIER_MEMBER, 2L));
        assertThat(v.get(0).rule().code()).isEqualTo("not-a-tier-member");
    }

    @Test
    void several_broken_rules_are_all_reported_in_rota_order() {
        Person onceADay = person(2, 2, 1, List.of(slot(MONDAY, "10:00", "18:00")));
        List<Violation> v = check(List.of(person(1, 1), onceADay), on(1, MON, "09:00", "11:00", 2L),
                on(1, MON, "11:00", "13:00", 2L), on(2, MON, "10:00", "12:00", 2L));
        assertThat(v).extracting(Violation::rule).containsExactly(RotaRule.NOT_AVAILABLE, RotaRule.MAX_TURNS_PER_DAY,
                RotaRule.OVERLAPPING_TURNS, RotaRule.OVERLAPPING_TURNS, RotaRule.NOT_A_TIER_MEMBER);
        assertThat(v.get(1).turns()).hasSize(3);
    }

    @Test
    void an_assignment_for_a_turn_the_week_does_not_have_is_refused() {
        assertThatThrownBy(() -> check(List.of(person(1, 1)), on(1, MON, "09:00", "10:00", 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1 has no turn on MONDAY 2026-12-07 09:00-10:00 in 2026-W50");
        assertThatThrownBy(() -> check(List.of(person(1, 1)), on(1, MON, "09:00", "11:00", 1L), on(1, MON, "09:00", "11:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("two assignments for line 1");
    }

    @Test
    void a_user_who_is_not_one_of_the_people_is_refused() {
        assertThatThrownBy(() -> check(List.of(person(1, 1)), on(1, MON, "09:00", "11:00", 9L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("user 9 is not one of the rota's people");
    }

    @Test
    void a_hand_edited_rota_is_evaluated_like_a_proposal() {
        RotaProposal p = RotaRules.evaluate(problem(LINES, List.of(person(1, 2), person(2, 2))),
                List.of(on(1, MON, "09:00", "11:00", 1L), on(1, MON, "11:00", "13:00", 1L)));
        assertThat(p.uncovered()).extracting(Uncovered::lineId, Uncovered::start).containsExactly(
                tuple(1L, RotaTimes.parse("10:00")),
                tuple(2L, RotaTimes.parse("10:00")));
        assertThat(p.fairness().people()).extracting(Fairness.Load::deviation).containsExactly(0, -2);
        assertThat(p.score()).isEqualTo(new RotaScore(0, 2, 2 * 4, 0));
        assertThat(p.cutShort()).isFalse();
    }
}
