package switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryUnitTest {

    @Test
    void retries_wait_10_seconds_then_double_up_to_an_hour() {
        assertThat(IntStream.rangeClosed(1, 11).mapToObj(Delivery::backoff).map(Duration::toSeconds))
                .containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L);
        assertThat(Delivery.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_failing_row_is_retried_for_about_three_days_before_it_is_given_up() {
        Duration total = IntStream.range(1, Delivery.MAX_ATTEMPTS).mapToObj(Delivery::backoff).reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isBetween(Duration.ofHours(60), Duration.ofHours(84));
    }

    @Test
    void signature_is_hex_hmac_sha256_of_the_exact_body_as_openssl_computes_it() {
        // printf '%s' '{"id":"call-1-started","type":"call.started"}' | openssl dgst -sha256 -hmac 'whsec-0123456789abcdef'
        byte[] body = "{\"id\":\"call-1-started\",\"type\":\"call.started\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(EventSignature.sign("whsec-0123456789abcdef", body))
                .isEqualTo("sha256=5640fa8b2912250f51bdc2bf15de11e9fa98fb6b46fb58da20c3edf6cf66711d");
    }

    @Test
    void logs_show_where_a_receiver_is_but_not_the_token_in_its_url() {
        assertThat(EventSender.safeForLog(java.net.URI.create("https://hooks.example.com:8443/t/s3cr3t?key=abc")))
                .isEqualTo("https://hooks.example.com:8443");
    }
}
