package switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlivoRestConfigTest {
  private static final Map<String, String> CREDENTIALS =
      Map.of("PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX", "PLIVO_AUTH_TOKEN", "token");

  @Test
  void defaults_aim_at_plivo_with_no_schedule_and_no_transcription() {
    Config.PlivoRest p = Config.fromEnv(Map.of()).plivoRest();
    assertThat(p.apiUrl()).isEqualTo("https://api.plivo.com");
    assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(p.reconcileEvery()).isEmpty();
    assertThat(p.transcribeVoicemail()).isFalse();
  }

  @Test
  void every_setting_is_read_from_its_variable() {
    Map<String, String> env = new java.util.HashMap<>(CREDENTIALS);
    env.putAll(Map.of("PLIVO_API_URL", "http://localhost:9999/", "PLIVO_API_TIMEOUT", "3s",
        "RECONCILE_EVERY", "15m", "VOICEMAIL_TRANSCRIPTION", "AUTO"));
    Config.PlivoRest p = Config.fromEnv(env).plivoRest();
    assertThat(p.apiUrl()).isEqualTo("http://localhost:9999");
    assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.reconcileEvery()).contains(Duration.ofMinutes(15));
    assertThat(p.transcribeVoicemail()).isTrue();
  }

  @Test
  void changing_the_port_keeps_the_plivo_settings() {
    Config c = Config.fromEnv(Map.of("VOICEMAIL_TRANSCRIPTION", "auto"));
    assertThat(c.withPort(1234).plivoRest()).isEqualTo(c.plivoRest());
  }

  @Test
  void a_reconcile_schedule_without_plivo_credentials_is_refused() {
    BadSetting e = catchThrowableOfType(BadSetting.class,
        () -> Config.fromEnv(Map.of("RECONCILE_EVERY", "15m", "PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX")));
    assertThat(e.getMessage()).startsWith("RECONCILE_EVERY: ").contains("PLIVO_AUTH_TOKEN");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"30s,PT30S", "15m,PT15M", "2h,PT2H", "1d,PT24H", " 2H ,PT2H"})
  void short_durations_are_read_as_people_write_them(String text, String iso) {
    assertThat(Durations.parse(text)).contains(Duration.parse(iso));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"0m", "2", "h", "2 hours", "1.5h", "''"})
  void anything_else_is_not_a_duration(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }
}
