package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.CliRun;

class PlivoHelpTest {

    @Test
    void provision_help_explains_the_command_and_dry_run() {
        CliRun run = CliRun.of(Map.of(), "plivo", "provision", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: java -jar target/switchboard.jar plivo provision [--dry-run]")
                .contains("PUBLIC_URL", "never stored or logged", "--dry-run");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reconcile_help_explains_the_window() {
        CliRun run = CliRun.of(Map.of(), "plivo", "reconcile", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: java -jar target/switchboard.jar plivo reconcile [--since 2h]")
                .contains("RECONCILE_EVERY", "repairs nothing");
    }

    @Test
    void plivo_help_shows_both_commands() {
        CliRun run = CliRun.of(Map.of(), "plivo", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("plivo provision", "plivo reconcile");
    }

    @Test
    void top_level_help_lists_the_plivo_commands_and_their_settings() {
        CliRun run = CliRun.of(Map.of(), "--help");
        assertThat(run.out()).contains("plivo provision [--dry-run]", "plivo reconcile [--since 2h]", "PLIVO_API_URL",
                "PLIVO_API_TIMEOUT", "RECONCILE_EVERY", "VOICEMAIL_TRANSCRIPTION");
    }

    @Test
    void each_plivo_command_takes_only_its_own_options() {
        CliRun provision = CliRun.of(Map.of(), "plivo", "provision", "--since", "2h");
        assertThat(provision.code()).isEqualTo(2);
        assertThat(provision.err()).contains("unknown option: --since");
        CliRun reconcile = CliRun.of(Map.of(), "plivo", "reconcile", "--dry-run");
        assertThat(reconcile.code()).isEqualTo(2);
        assertThat(reconcile.err()).contains("unknown option: --dry-run");
    }

    @Test
    void an_unknown_plivo_subcommand_is_a_usage_error() {
        CliRun run = CliRun.of(Map.of(), "plivo", "deprovision");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command: plivo deprovision");
    }
}
