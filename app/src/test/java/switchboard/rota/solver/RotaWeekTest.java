package switchboard.rota.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RotaWeekTest {
    @Test
    void an_iso_week_is_read_and_written_as_year_w_week() {
        RotaWeek w = RotaWeek.parse("2026-W50");
        assertThat(w).isEqualTo(new RotaWeek(2026, 50));
        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(w.date(DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(w.dates()).hasSize(7).startsWith(w.monday());
        assertThat(w).hasToString("2026-W50");
        assertThat(RotaWeek.parse("2027-W01")).hasToString("2027-W01");
    }

    @Test
    void week_53_exists_only_in_years_that_have_it() {
        assertThat(RotaWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> RotaWeek.parse("2027-W53")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("week must be 1 to 52 in 2027, got 53");
        assertThatThrownBy(() -> RotaWeek.parse("2026-W00")).hasMessage("week must be 1 to 53 in 2026, got 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-50", "2026-W5", "26-W50", "2026-w50", "2026-W50-1", " 2026-W50", "2026W50", "week 50"})
    void a_badly_written_week_is_refused_with_the_expected_form(String text) {
        assertThatThrownBy(() -> RotaWeek.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("week must look like 2026-W50 (ISO year, -W, two-digit week), got '" + text + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_week_is_refused(String text) {
        assertThatThrownBy(() -> RotaWeek.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("week must look like 2026-W50");
    }

    @Test
    void a_date_belongs_to_its_iso_week_across_new_year() {
        assertThat(RotaWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(RotaWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
        assertThat(RotaWeek.parse("2027-W01").previous()).hasToString("2026-W53");
        assertThat(RotaWeek.parse("2026-W53").next()).hasToString("2027-W01");
        assertThat(RotaWeek.parse("2026-W50").contains(LocalDate.of(2026, 12, 14))).isFalse();
    }
}
