package switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

  @Test
  void empty_environment_gives_local_defaults() {
    Config c = Config.fromEnv(Map.of());
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.publicUrl()).isEqualTo("http://localhost:8080");
    assertThat(c.verifySignatures()).isTrue();
    assertThat(c.databaseUrl()).isEmpty();
    assertThat(c.dataDir()).isEqualTo(Path.of(".switchboard"));
    assertThat(c.plivoAuthId()).isEmpty();
    assertThat(c.plivoAuthToken()).isEmpty();
    assertThat(c.apiToken()).isEmpty();
  }

  @Test
  void default_public_url_follows_the_port() {
    assertThat(Config.fromEnv(Map.of("PORT", "9090")).publicUrl()).isEqualTo("http://localhost:9090");
  }

  @Test
  void blank_values_count_as_unset_and_values_are_trimmed() {
    Config c = Config.fromEnv(Map.of("PORT", "  ", "API_TOKEN", " secret ", "PLIVO_AUTH_TOKEN", ""));
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.apiToken()).contains("secret");
    assertThat(c.plivoAuthToken()).isEmpty();
  }

  @Test
  void trailing_slash_is_trimmed_from_public_url() {
    assertThat(Config.fromEnv(Map.of("PUBLIC_URL", "https://abc.ngrok.app/")).publicUrl())
        .isEqualTo("https://abc.ngrok.app");
    assertThat(Config.fromEnv(Map.of("PUBLIC_URL", "https://x.com/switchboard/")).publicUrl())
        .isEqualTo("https://x.com/switchboard");
  }

  @ParameterizedTest
  @CsvSource({"false,false", "0,false", "no,false", "FALSE,false", "true,true", "1,true", "Yes,true"})
  void verify_signatures_accepts_boolean_spellings(String raw, boolean expected) {
    assertThat(Config.fromEnv(Map.of("PLIVO_VERIFY_SIGNATURES", raw)).verifySignatures()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "PORT|abc",
      "PORT|70000",
      "PORT|-1",
      "PUBLIC_URL|ftp://x",
      "PUBLIC_URL|not a url",
      "PUBLIC_URL|https://x.com/?a=1",
      "PUBLIC_URL|https://x.com/#top",
      "PUBLIC_URL|abc.ngrok.app",
      "PLIVO_VERIFY_SIGNATURES|maybe",
      "DATABASE_URL|mysql://x/y",
      "DATABASE_URL|postgres://host",
      "DATABASE_URL|postgres://host/",
      "DATABASE_URL|not a url",
      "PLIVO_API_URL|ftp://api.plivo.com",
      "PLIVO_API_URL|api.plivo.com",
      "PLIVO_API_URL|https://api.plivo.com/?x=1",
      "PLIVO_API_TIMEOUT|10",
      "PLIVO_API_TIMEOUT|0s",
      "PLIVO_API_TIMEOUT|1h",
      "RECONCILE_EVERY|often",
      "RECONCILE_EVERY|-5m",
      "VOICEMAIL_TRANSCRIPTION|yes",
      "SMTP_URL|http://mail.example.com",
      "SMTP_URL|smtp://",
      "SMTP_URL|smtp://mail.example.com/inbox",
      "SMTP_URL|not a url at all",
      "MAIL_FROM|not-an-address",
      "WEBHOOK_URLS|ftp://hooks.example.com",
      "WEBHOOK_URLS|https://ok.example.com, nope",
      "WEBHOOK_SECRET|short",
      "SIMULATOR|yes"})
  void bad_setting_throws_invalid_naming_the_variable(String variable, String value) {
    BadSetting e = catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of(variable, value)));
    assertThat(e).as("%s=%s must be rejected", variable, value).isNotNull();
    assertThat(e.getMessage()).startsWith(variable + ": ");
  }

  @Test
  void the_simulator_page_is_on_with_the_embedded_database_and_off_with_a_real_one_unless_set() {
    assertThat(Config.fromEnv(Map.of()).simulator()).isTrue();
    assertThat(Config.fromEnv(Map.of("SIMULATOR", "off")).simulator()).isFalse();
    String db = "postgres://u:p@db.example.com:5432/name";
    assertThat(Config.fromEnv(Map.of("DATABASE_URL", db)).simulator()).isFalse();
    assertThat(Config.fromEnv(Map.of("DATABASE_URL", db, "SIMULATOR", "ON")).simulator()).isTrue();
  }

  @Test
  void heroku_database_url_becomes_jdbc_with_tls_and_decoded_credentials() {
    DatabaseUrl d = DatabaseUrl.toJdbc("postgres://u:p%40ss@db.example.com:5432/name");
    assertThat(d.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/name?sslmode=require");
    assertThat(d.user()).isEqualTo("u");
    assertThat(d.password()).isEqualTo("p@ss");
  }

  @Test
  void postgresql_scheme_and_missing_port_are_accepted() {
    DatabaseUrl d = DatabaseUrl.toJdbc("postgresql://u@db.example.com/name");
    assertThat(d.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com/name?sslmode=require");
    assertThat(d.user()).isEqualTo("u");
    assertThat(d.password()).isNull();
  }

  @Test
  void local_database_url_gets_no_sslmode() {
    assertThat(DatabaseUrl.toJdbc("postgres://u:p@localhost:5432/dev").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/dev");
    assertThat(DatabaseUrl.toJdbc("postgres://u:p@127.0.0.1/dev").jdbcUrl())
        .isEqualTo("jdbc:postgresql://127.0.0.1/dev");
  }

  @Test
  void explicit_query_is_kept_instead_of_adding_sslmode() {
    assertThat(DatabaseUrl.toJdbc("postgres://u:p@db.example.com:5432/name?sslmode=disable").jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.com:5432/name?sslmode=disable");
  }

  @Test
  void jdbc_url_passes_through_untouched() {
    String jdbc = "jdbc:postgresql://db.example.com:5432/name?user=u&password=p";
    DatabaseUrl d = DatabaseUrl.toJdbc(jdbc);
    assertThat(d.jdbcUrl()).isEqualTo(jdbc);
    assertThat(d.user()).isNull();
    assertThat(d.password()).isNull();
  }

  @Test
  void valid_database_url_is_kept_raw_in_config() {
    String raw = "postgres://u:p@db.example.com:5432/name";
    assertThat(Config.fromEnv(Map.of("DATABASE_URL", raw)).databaseUrl()).contains(raw);
  }

  @Test
  void plus_sign_in_password_is_kept_literally() {
    assertThat(DatabaseUrl.toJdbc("postgres://u:p+ss@db.example.com/name").password()).isEqualTo("p+ss");
  }

  @Test
  void notifications_are_off_by_default() {
    NotifyConfig n = Config.fromEnv(Map.of()).notifications();
    assertThat(n.smtp()).isEmpty();
    assertThat(n.mailFrom()).isEmpty();
    assertThat(n.webhookUrls()).isEmpty();
    assertThat(n.webhookSecret()).isEmpty();
  }

  @Test
  void smtp_url_gives_host_port_tls_and_decoded_credentials() {
    NotifyConfig n = Config.fromEnv(Map.of("SMTP_URL", "smtp://mailer:p%40ss+word@mail.example.com:2525",
        "MAIL_FROM", "Switchboard <switchboard@example.com>")).notifications();
    assertThat(n.smtp()).contains(new SmtpUrl("mail.example.com", 2525, false, "mailer", "p@ss+word"));
    assertThat(n.mailFrom()).contains("Switchboard <switchboard@example.com>");
  }

  @Test
  void smtp_ports_default_to_submission_and_smtps() {
    assertThat(smtp("smtp://mail.example.com")).isEqualTo(new SmtpUrl("mail.example.com", 587, false, null, null));
    assertThat(smtp("smtps://u:p@mail.example.com")).isEqualTo(new SmtpUrl("mail.example.com", 465, true, "u", "p"));
  }

  @Test
  void secrets_never_show_in_messages_or_strings() {
    BadSetting e = catchThrowableOfType(BadSetting.class,
        () -> Config.fromEnv(Map.of("SMTP_URL", "smtp://u:hunter2@mail.example.com/x")));
    assertThat(e.getMessage()).startsWith("SMTP_URL: ").doesNotContain("hunter2");
    Config c = Config.fromEnv(Map.of("SMTP_URL", "smtp://u:hunter2@mail.example.com", "MAIL_FROM", "sb@example.com",
        "WEBHOOK_URLS", "https://hooks.example.com/t0ken", "WEBHOOK_SECRET", "0123456789abcdef-secret"));
    assertThat(c.notifications().toString()).doesNotContain("hunter2").doesNotContain("0123456789abcdef-secret");
    BadSetting badUrl = catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of(
        "WEBHOOK_URLS", "https://hooks.example.com/ok, ftp://t0ken@x", "WEBHOOK_SECRET", "0123456789abcdef")));
    assertThat(badUrl.getMessage()).startsWith("WEBHOOK_URLS: entry 2 ").doesNotContain("t0ken");
  }

  @Test
  void smtp_url_needs_mail_from_and_webhook_urls_need_a_secret() {
    assertThat(catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("SMTP_URL", "smtp://mail.example.com")))
        .getMessage()).startsWith("MAIL_FROM: ");
    assertThat(catchThrowableOfType(BadSetting.class, () -> Config.fromEnv(Map.of("WEBHOOK_URLS", "https://h.example.com")))
        .getMessage()).startsWith("WEBHOOK_SECRET: ");
  }

  @Test
  void webhook_urls_are_comma_separated_trimmed_and_deduplicated() {
    NotifyConfig n = Config.fromEnv(Map.of("WEBHOOK_URLS", " https://a.example.com/hook ,,http://b.example.com:8080/x,https://a.example.com/hook",
        "WEBHOOK_SECRET", "0123456789abcdef")).notifications();
    assertThat(n.webhookUrls()).extracting(Object::toString)
        .containsExactly("https://a.example.com/hook", "http://b.example.com:8080/x");
    assertThat(n.webhookSecret()).contains("0123456789abcdef");
  }

  private static SmtpUrl smtp(String url) {
    return Config.fromEnv(Map.of("SMTP_URL", url, "MAIL_FROM", "sb@example.com")).notifications().smtp().orElseThrow();
  }
}
