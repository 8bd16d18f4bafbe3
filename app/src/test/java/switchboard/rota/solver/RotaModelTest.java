package switchboard.rota.solver;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.rota.solver.Weeks.MON;
import static switchboard.rota.solver.Weeks.W50;
import static switchboard.rota.solver.Weeks.line;
import static switchboard.rota.solver.Weeks.on;
import static switchboard.rota.solver.Weeks.person;
import static switchboard.rota.solver.Weeks.slot;
import static switchboard.rota.solver.Weeks.turn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotaModelTest {
    @Test
    void times_are_hh_mm_and_a_turn_may_end_at_24_00() {
        assertThat(RotaTimes.parse("24:00")).isEqualTo(RotaTimes.END_OF_DAY);
        assertThat(RotaTimes.format(RotaTimes.parse("24:00"))).isEqualTo("24:00");
        assertThat(RotaTimes.format(RotaTimes.parse("09:05"))).isEqualTo("09:05");
        Person evenings = person(1, 1, 1, List.of(slot(MONDAY, "18:00", "24:00")));
        Turn late = new Turn(1, MON, RotaTimes.parse("22:00"), RotaTimes.parse("24:00"), 1);
        assertThat(evenings.availableFor(late)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9:00", "24:01", "25:00", "12:60", "12.00", "noon", ""})
    void a_badly_written_time_is_refused(String text) {
        assertThatThrownBy(() -> RotaTimes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time must be HH:MM from 00:00 to 24:00, got '" + text + "'");
    }

    @Test
    void a_turn_must_start_before_it_ends_and_need_no_fewer_than_nobody() {
        assertThatThrownBy(() -> turn(MONDAY, "11:00", "09:00", 1))
                .hasMessage("a turn on MONDAY must start before it ends, got 11:00-09:00");
        assertThatThrownBy(() -> turn(MONDAY, "09:00", "11:00", -1)).hasMessage("a turn's needed must be 0 or more, got -1");
    }

    @Test
    void the_weeks_target_counts_only_the_workdays_a_person_is_present() {
        Availability mondays = new Availability(List.of(slot(MONDAY, "09:00", "17:00")), List.of(), 2, 2);
        assertThat(mondays.targetIn(W50)).isEqualTo(2);
        Availability awayOnMonday = new Availability(mondays.slots(), List.of(Weeks.absent(MON, MON)), 2, 2);
        assertThat(awayOnMonday.targetIn(W50)).isZero();
        assertThat(awayOnMonday.targetIn(W50.next())).isEqualTo(2);
        Availability weekdays = new Availability(Weeks.weekdays("09:00", "17:00"), List.of(Weeks.absent(MON, MON)), 5, 2);
        assertThat(weekdays.targetIn(W50)).isEqualTo(4);
    }

    @Test
    void the_weeks_turns_are_concrete_dates_in_rota_order() {
        RotaProblem p = Weeks.problem(List.of(
                line(2, List.of(), turn(TUESDAY, "09:00", "11:00", 1), turn(MONDAY, "11:00", "13:00", 1)),
                line(1, List.of(), turn(MONDAY, "11:00", "13:00", 2))), List.of());
        assertThat(p.turns()).extracting(Turn::lineId, Turn::date, Turn::needed).containsExactly(
                tuple(1L, MON, 2), tuple(2L, MON, 1),
                tuple(2L, LocalDate.of(2026, 12, 8), 1));
    }

    @Test
    void a_problem_refuses_what_cannot_be_meant() {
        assertThatThrownBy(() -> Weeks.problem(List.of(line(1, List.of()), line(1, List.of())), List.of()))
                .hasMessage("two lines have the id 1");
        assertThatThrownBy(() -> Weeks.problem(List.of(), List.of(person(3, 1), person(3, 2))))
                .hasMessage("two users have the id 3");
        assertThatThrownBy(() -> Weeks.problem(List.of(line(1, List.of(), turn(MONDAY, "09:00", "11:00", 1),
                turn(MONDAY, "09:00", "11:00", 2))), List.of())).hasMessage("line 1 has two turns on MONDAY 09:00-11:00");
        assertThatThrownBy(() -> new RotaProblem(W50, List.of(), List.of(), List.of(on(1, MON, "09:00", "11:00", 1L))))
                .hasMessage("last week's assignments must be in 2026-W49, got one on 2026-12-07");
        assertThatThrownBy(() -> Weeks.absent(MON, MON.minusDays(1)))
                .hasMessage("an absence must not end (2026-12-06) before it starts (2026-12-07)");
    }
}
