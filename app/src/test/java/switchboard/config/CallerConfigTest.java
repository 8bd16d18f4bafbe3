package switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerConfigTest {

    @Test
    void by_default_no_region_and_no_lookup_with_a_300_ms_budget() {
        CallerConfig c = Config.fromEnv(Map.of()).callers();
        assertThat(c.defaultRegion()).isEmpty();
        assertThat(c.lookupUrl()).isEmpty();
        assertThat(c.lookupTimeout()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void default_region_is_a_country_code_libphonenumber_knows() {
        assertThat(Config.fromEnv(Map.of("DEFAULT_REGION", "fr")).callers().defaultRegion()).contains("FR");
        BadSetting bad = catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("DEFAULT_REGION", "France")));
        assertThat(bad.getMessage()).contains("DEFAULT_REGION", "two-letter", "FRANCE");
    }

    @Test
    void the_lookup_needs_an_http_url_and_the_webhook_secret_and_a_budget_of_at_most_two_seconds() {
        Map<String, String> ok = Map.of("CALLER_LOOKUP_URL", "https://crm.example.com/caller?key=secret-token",
                "WEBHOOK_SECRET", "0123456789abcdef", "CALLER_LOOKUP_TIMEOUT", "250ms");
        CallerConfig c = Config.fromEnv(ok).callers();
        assertThat(c.lookupTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.lookupSecret()).contains("0123456789abcdef");
        assertThat(c.toString()).doesNotContain("secret-token", "0123456789abcdef");
        assertThat(catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("CALLER_LOOKUP_URL", "https://crm.example.com/c")))
                .getMessage()).contains("CALLER_LOOKUP_URL", "WEBHOOK_SECRET");
        assertThat(catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("CALLER_LOOKUP_URL", "ftp://crm/x?key=tok",
                "WEBHOOK_SECRET", "0123456789abcdef"))).getMessage()).contains("http(s)").doesNotContain("tok");
        assertThat(catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("CALLER_LOOKUP_TIMEOUT", "5s")))
                .getMessage()).contains("CALLER_LOOKUP_TIMEOUT", "at most 2s");
    }
}
