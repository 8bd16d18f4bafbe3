package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import switchboard.directory.Hours;

class WeeklyHoursTest {
    static final WeeklyHours OFFICE = Hours.weekly(
            "[{\"day\": \"MON\", \"start\": \"09:00\", \"end\": \"17:30\"}, {\"day\": \"SAT\", \"start\": \"20:00\", \"end\": \"24:00\"}]");

    @Test
    void slots_include_their_start_and_exclude_their_end() {
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-23T09:00:00Z[UTC]"))).isTrue();
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-23T17:29:59Z[UTC]"))).isTrue();
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-23T17:30:00Z[UTC]"))).isFalse();
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-24T10:00:00Z[UTC]"))).isFalse();
    }

    @Test
    void an_end_of_24_00_runs_to_midnight() {
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-28T23:59:59Z[UTC]"))).isTrue();
    }

    @Test
    void hours_are_read_in_the_time_zone_given() {
        // 08:30 UTC is 09:30 in Paris on a Monday in November.
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-23T08:30:00Z").withZoneSameInstant(java.time.ZoneId.of("Europe/Paris")))).isTrue();
        assertThat(OFFICE.isOpen(ZonedDateTime.parse("2026-11-23T08:30:00Z[UTC]"))).isFalse();
    }

    @Test
    void no_slots_means_always_open() {
        assertThat(Hours.weekly(null).isOpen(ZonedDateTime.parse("2026-11-24T03:00:00Z[UTC]"))).isTrue();
        assertThat(Hours.weekly("[]").isOpen(ZonedDateTime.parse("2026-11-24T03:00:00Z[UTC]"))).isTrue();
    }

    @Test
    void malformed_slots_are_named() {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(Hours.problem(m.valueToTree(java.util.List.of(java.util.Map.of("day", "FUNDAY", "start", "09:00", "end", "10:00"))))).isPresent();
        assertThat(Hours.problem(m.valueToTree(java.util.List.of(java.util.Map.of("day", "MON", "start", "18:00", "end", "09:00"))))).isPresent();
        assertThat(Hours.problem(m.valueToTree(java.util.List.of(java.util.Map.of("day", "MON", "start", "9:00", "end", "10:00"))))).isPresent();
        assertThat(Hours.problem(m.valueToTree(java.util.List.of(java.util.Map.of("day", "MON", "start", "09:00", "end", "24:00"))))).isEmpty();
    }
}
