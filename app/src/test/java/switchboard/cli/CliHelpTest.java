package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import switchboard.Server;

class CliHelpTest {

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return new Cli(env, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8), Server::run).run(args);
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void top_level_help_lists_every_command_and_variable() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out()).startsWith("Usage:").contains("serve", "db migrate", "db seed", "PORT", "DATABASE_URL",
        "PUBLIC_URL", "PLIVO_AUTH_TOKEN", "PLIVO_VERIFY_SIGNATURES", "API_TOKEN");
    assertThat(err()).isEmpty();
  }

  @Test
  void short_help_flag_works_too() {
    assertThat(run(Map.of(), "-h")).isZero();
    assertThat(out()).startsWith("Usage:").contains("db migrate");
  }

  @Test
  void serve_help_names_the_serve_command() {
    assertThat(run(Map.of(), "serve", "--help")).isZero();
    assertThat(out()).contains("Usage: java -jar target/switchboard.jar serve").contains("HTTP server");
    assertThat(err()).isEmpty();
  }

  @Test
  void db_migrate_help_names_the_migrate_command() {
    assertThat(run(Map.of(), "db", "migrate", "--help")).isZero();
    assertThat(out()).contains("Usage: java -jar target/switchboard.jar db migrate").contains("migrations");
    assertThat(err()).isEmpty();
  }

  @Test
  void db_seed_help_names_the_seed_command() {
    assertThat(run(Map.of(), "db", "seed", "--help")).isZero();
    assertThat(out()).contains("Usage: java -jar target/switchboard.jar db seed").contains("Idempotent");
    assertThat(err()).isEmpty();
  }

  @Test
  void help_flag_may_come_before_the_command() {
    assertThat(run(Map.of(), "--help", "db", "seed")).isZero();
    assertThat(out()).contains("jar db seed");
  }

  @Test
  void help_is_printed_even_when_the_environment_is_invalid() {
    assertThat(run(Map.of("PORT", "abc"), "serve", "--help")).isZero();
    assertThat(out()).contains("jar serve");
  }

  @Test
  void unknown_command_returns_2_and_says_so() {
    assertThat(run(Map.of(), "bogus")).isEqualTo(2);
    assertThat(err()).contains("unknown command: bogus").contains("Usage:");
    assertThat(out()).isEmpty();
  }

  @Test
  void unknown_option_returns_2_without_starting_anything() {
    assertThat(run(Map.of(), "serve", "--bogus")).isEqualTo(2);
    assertThat(err()).contains("unknown option: --bogus");
  }

  @Test
  void unknown_db_subcommand_returns_2() {
    assertThat(run(Map.of(), "db", "drop")).isEqualTo(2);
    assertThat(err()).contains("unknown command: db drop");
  }

  // Cli.serve(), migrate() and seed() all call Config.fromEnv(env) before Database.open or App.start,
  // so an invalid PORT stops them before any server or database is started.
  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "db migrate", "db seed"})
  void invalid_port_fails_before_anything_starts(String command) {
    String[] args = command.isEmpty() ? new String[0] : command.split(" ");
    assertThat(run(Map.of("PORT", "abc"), args)).isEqualTo(2);
    assertThat(err()).contains("configuration error").contains("PORT");
    assertThat(out()).isEmpty();
  }

  @Test
  void invalid_database_url_is_reported_as_a_configuration_error() {
    assertThat(run(Map.of("DATABASE_URL", "mysql://x/y"), "db", "migrate")).isEqualTo(2);
    assertThat(err()).contains("configuration error: DATABASE_URL");
  }

  @Test
  void help_lists_the_notification_settings() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out()).contains("SMTP_URL", "MAIL_FROM", "WEBHOOK_URLS", "WEBHOOK_SECRET");
  }

  @Test
  void help_lists_the_caller_settings() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out()).contains("DEFAULT_REGION", "CALLER_LOOKUP_URL", "CALLER_LOOKUP_TIMEOUT");
  }

  @Test
  void a_bad_notification_setting_stops_serve_naming_the_variable_and_not_the_password() {
    assertThat(run(Map.of("SMTP_URL", "smtp://mailer:hunter2@mail.example.com"), "serve")).isEqualTo(2);
    assertThat(err()).contains("configuration error: MAIL_FROM").doesNotContain("hunter2");
    assertThat(out()).isEmpty();
  }
}
