package switchboard.doctor;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import switchboard.provision.ProvisioningDao;
import switchboard.testing.CliRun;
import switchboard.testing.FakePlivo;
import switchboard.testing.MailServer;
import switchboard.testing.PlivoCliTest;
import switchboard.testing.SwitchboardProcess;

/** doctor against a fake Plivo, a real database and a real mail server: one line per check, the fix, exit 1 on a fail. */
class DoctorTest extends PlivoCliTest {
    private static final String APP_ID = "20468599130939380";
    private static final String STALE_NGROK = "https://3f9a-81-2-69-160.ngrok-free.app";
    private static final String PROVISION = "fix: java -jar target/switchboard.jar plivo provision";

    @TempDir
    Path dir;

    /** The account as plivo provision leaves it, its Application answering at {@code answerAt}, but for the rows skipped. */
    private void provisioned(String answerAt, Set<String> withoutEndpoint, Set<String> attachedElsewhere) {
        List<String> endpoints = new ArrayList<>();
        db.jdbi().useExtension(ProvisioningDao.class, dao -> {
            dao.storeApplication(FakePlivo.AUTH_ID, APP_ID);
            for (ProvisioningDao.Row row : dao.rows()) {
                if (withoutEndpoint.contains(row.name())) continue;
                String id = "3737" + (row.kind().equals("line") ? "1" : "2") + row.id();
                dao.storeEndpoint(row, id, row.sipUri());
                endpoints.add(FakePlivo.fill("endpointRecord.json", "username", "u" + id, "alias", "switchboard-" + row.kind()
                        + "-" + row.id(), "endpoint_id", id, "app_id", attachedElsewhere.contains(row.name()) ? "999" : APP_ID));
            }
        });
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/" + APP_ID + "/"))
                .willReturn(FakePlivo.json("applicationGetResponse.json", "app_id", APP_ID, "public_url", answerAt)));
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/")).willReturn(FakePlivo.list(endpoints)));
    }

    /** With a patient timeout: a loaded machine answers the fake Plivo's first request slowly. */
    private CliRun doctor(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("PLIVO_API_TIMEOUT", "30s"));
        env.putAll(overrides);
        return cli(env, "doctor");
    }

    private static List<String> lines(CliRun run) {
        return run.out().lines().toList();
    }

    @Test
    void a_deployment_in_order_is_one_ok_line_per_check_and_exit_0() {
        provisioned(PUBLIC_URL, Set.of(), Set.of());
        try (MailServer mail = MailServer.start()) {
            CliRun run = doctor(Map.of("SMTP_URL", mail.url(), "MAIL_FROM", "Switchboard <switchboard@example.com>",
                    "PLIVO_AUTH_TOKEN", "sEcReT-tOkEn"));
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(lines(run)).extracting(l -> l.substring(0, 18).strip()).containsExactly("ok    PUBLIC_URL",
                    "ok    signatures", "ok    database", "ok    plivo", "ok    application", "ok    endpoints", "ok    mail");
            assertThat(run.out()).contains("application  Plivo's Application Switchboard (" + APP_ID + ") answers at "
                    + PUBLIC_URL + "/plivo/answer", "every line and app (8) has its endpoint, attached to the Application",
                    "migrated (", "took the login; mails come from Switchboard <switchboard@example.com>");
            assertThat(run.out() + run.err() + run.logs()).doesNotContain(MailServer.PASSWORD, "p%40ss", "sEcReT-tOkEn");
        }
    }

    @Test
    void a_stale_ngrok_answer_url_fails_naming_both_urls_and_the_fix() {
        provisioned(STALE_NGROK, Set.of(), Set.of());
        CliRun run = doctor(Map.of());
        assertThat(run.code()).isEqualTo(1);
        assertThat(lines(run)).contains("fail  application  Plivo's Application Switchboard (" + APP_ID + ") has answer_url "
                + STALE_NGROK + "/plivo/answer, not " + PUBLIC_URL + "/plivo/answer (and hangup_url, fallback_url): calls go"
                + " where this server is not (a new ngrok URL?); " + PROVISION);
    }

    @Test
    void a_line_without_its_endpoint_and_an_app_attached_elsewhere_fail_naming_them() {
        provisioned(PUBLIC_URL, Set.of("Sales"), Set.of("Jane mobile"));
        CliRun run = doctor(Map.of());
        assertThat(run.code()).isEqualTo(1);
        assertThat(lines(run)).contains("fail  endpoints    2 of 8 lines and apps: line Sales has no endpoint; app Jane mobile's"
                + " endpoint is not attached to the Application; " + PROVISION);
    }

    @Test
    void bad_credentials_fail_the_plivo_line_and_the_account_is_not_read_further() {
        provisioned(PUBLIC_URL, Set.of(), Set.of());
        plivo.wiremock().stubFor(get(anyUrl()).atPriority(1).willReturn(FakePlivo.json(401, "error401.json")));
        CliRun run = doctor(Map.of());
        assertThat(run.code()).isEqualTo(1);
        assertThat(lines(run)).contains("fail  plivo        Plivo refused PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (HTTP 401); fix:"
                + " copy both from the Plivo console, Overview").noneMatch(l -> l.contains("application") || l.contains("endpoints"));
        assertThat(run.err() + run.logs()).doesNotContain("\tat ");
    }

    @Test
    void local_work_warns_without_failing() {
        CliRun run = doctor(Map.of("PUBLIC_URL", "", "PLIVO_VERIFY_SIGNATURES", "false", "PLIVO_AUTH_ID", "", "PLIVO_AUTH_TOKEN", ""));
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(lines(run)).containsExactly(
                "warn  PUBLIC_URL   http://localhost:8080 is this machine: Plivo cannot reach it (fine for local work); fix: set"
                        + " PUBLIC_URL to the https URL Plivo reaches, e.g. the one `ngrok http 8080` prints",
                "warn  signatures   not checked (PLIVO_VERIFY_SIGNATURES=false): anyone who can reach this server can forge calls;"
                        + " fix: unset PLIVO_VERIFY_SIGNATURES",
                lines(run).get(2),
                "warn  plivo        PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN are not set: Plivo's account is not checked, and Plivo's"
                        + " webhooks are refused; fix: set both (Plivo console, Overview)",
                "warn  mail         SMTP_URL is not set: notification mails are only written to the log; fix: set SMTP_URL and"
                        + " MAIL_FROM to send them");
        assertThat(lines(run).get(2)).startsWith("ok    database     database t_");
    }

    @Test
    void signatures_off_on_a_public_url_and_a_missing_token_fail() {
        assertThat(lines(doctor(Map.of("PLIVO_VERIFY_SIGNATURES", "false")))).contains("fail  signatures   not checked"
                + " (PLIVO_VERIFY_SIGNATURES=false): anyone who can reach this server can forge calls; fix: unset PLIVO_VERIFY_SIGNATURES");
        CliRun noToken = doctor(Map.of("PLIVO_AUTH_TOKEN", ""));
        assertThat(noToken.code()).isEqualTo(1);
        assertThat(lines(noToken)).contains("fail  signatures   checked, but PLIVO_AUTH_TOKEN is not set: every webhook is refused"
                + " (403); fix: set PLIVO_AUTH_TOKEN (Plivo console, Overview)", "fail  plivo        PLIVO_AUTH_TOKEN is not set;"
                + " fix: set it (Plivo console, Overview)");
    }

    @Test
    void a_mail_server_refusing_the_password_or_not_there_fails_the_mail_line() {
        provisioned(PUBLIC_URL, Set.of(), Set.of());
        try (MailServer mail = MailServer.start()) {
            String wrong = mail.url().replace("p%40ss", "nope");
            CliRun refused = doctor(Map.of("SMTP_URL", wrong, "MAIL_FROM", "switchboard@example.com"));
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.out()).containsPattern("(?m)^fail  mail         smtp://switchboard:\\*\\*\\*@127.0.0.1:\\d+ refused the"
                    + " user or password; fix: correct them in SMTP_URL$");
        }
        int closed = SwitchboardProcess.freePort();
        CliRun nobody = doctor(Map.of("SMTP_URL", "smtp://127.0.0.1:" + closed, "MAIL_FROM", "switchboard@example.com"));
        assertThat(lines(nobody)).contains("fail  mail         cannot reach smtp://127.0.0.1:" + closed + " (connection refused);"
                + " fix: check SMTP_URL's host and port, and that the server runs");
    }

    @Test
    void a_database_not_migrated_fails_and_the_plivo_account_waits_for_it() {
        String empty = "e_" + Long.toHexString(System.nanoTime());
        db.jdbi().useHandle(h -> h.execute("create database " + empty));
        CliRun run = doctor(Map.of("DATABASE_URL", db.jdbcUrl().replaceFirst("/t_[0-9a-f]+", "/" + empty)));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^fail  database     database " + empty + " at localhost:\\d+ as user postgres: \\d+"
                + " migration\\(s\\) pending, at version none \\(the Plivo checks need them\\); fix: java -jar target/switchboard.jar db"
                + " migrate \\(serve does it at start\\)$").doesNotContain("application");
    }

    @Test
    void serve_warns_loudly_at_start_when_plivo_calls_a_stale_url_and_starts_anyway() {
        provisioned(STALE_NGROK, Set.of(), Set.of());
        Map<String, String> env = new HashMap<>(plivo.env());
        env.putAll(Map.of("DATABASE_URL", db.jdbcUrl(), "PLIVO_AUTH_TOKEN", "token", "PUBLIC_URL", PUBLIC_URL,
                "PORT", Integer.toString(SwitchboardProcess.freePort()), "PLIVO_API_TIMEOUT", "30s"));
        try (SwitchboardProcess serve = SwitchboardProcess.start(dir, env, "serve")) {
            serve.awaitOut("Next:", Duration.ofSeconds(60));
            serve.awaitErr("!!!", Duration.ofSeconds(30));
            assertThat(serve.err()).contains("WARN Doctor - !!! Plivo's Application Switchboard (" + APP_ID + ") has answer_url "
                    + STALE_NGROK + "/plivo/answer, not " + PUBLIC_URL + "/plivo/answer (and hangup_url, fallback_url): calls go"
                    + " where this server is not (a new ngrok URL?); " + PROVISION + " !!!");
        }
    }
}
