package switchboard.plivoapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plivo's ways of writing times and lengths, as its API returns them. */
class PlivoCallRecordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2015-07-26 15:45:14+05:30, 2015-07-26T10:15:14Z",
        "2014-08-05 16:15:15.852059+05:30, 2014-08-05T10:45:15.852059Z",
        "2022-05-26 13:32:37, 2022-05-26T13:32:37Z",
        "2022-05-26 13:32:37+00:00, 2022-05-26T13:32:37Z"})
    void plivo_times_are_read_with_their_offset_or_as_utc(String text, String instant) {
        assertThat(PlivoCallRecords.time(text)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void a_missing_or_unreadable_time_is_null() {
        assertThat(PlivoCallRecords.time(null)).isNull();
        assertThat(PlivoCallRecords.time("yesterday")).isNull();
    }

    @Test
    void filters_are_written_in_utc_as_plivo_expects() {
        assertThat(PlivoCallRecords.filterTime(Instant.parse("2026-11-22T07:05:09.5Z"))).isEqualTo("2026-11-22 07:05:09");
    }

    @ParameterizedTest(name = "{0} ms")
    @CsvSource({"345100.00000, 346", "400, 1", "0.00000, 0", "'', 0", "n/a, 0"})
    void recording_lengths_round_up_to_whole_seconds(String milliseconds, int seconds) {
        assertThat(PlivoCallRecords.seconds(milliseconds)).isEqualTo(seconds);
    }
}
