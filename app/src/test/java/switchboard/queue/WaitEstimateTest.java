package switchboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected wait: a weighted average of the latest answered waits, less the wait so far, in minutes. */
class WaitEstimateTest {
    @Test
    void below_five_answered_waits_nothing_is_said() {
        assertThat(WaitEstimate.minutes(List.of(120, 120, 120, 120), 0)).isNull();
        assertThat(WaitEstimate.minutes(List.of(120, 120, 120, 120, 120), 0)).isEqualTo(2);
    }

    @Test
    void newer_waits_weigh_more_and_what_was_waited_already_counts() {
        // oldest 60 s four times, then the newest 600 s: 60 + 0.3 * 540 = 222 s, about 4 minutes
        assertThat(WaitEstimate.minutes(List.of(600, 60, 60, 60, 60), 0)).isEqualTo(4);
        assertThat(WaitEstimate.minutes(List.of(60, 60, 60, 60, 600), 0)).as("the same waits, the long one oldest").isEqualTo(3);
        assertThat(WaitEstimate.minutes(List.of(600, 60, 60, 60, 60), 102)).isEqualTo(2);
    }

    @Test
    void it_never_promises_less_than_a_minute() {
        assertThat(WaitEstimate.minutes(List.of(30, 30, 30, 30, 30), 200)).isEqualTo(1);
    }
}
