package switchboard.plivoapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import switchboard.testing.CliRun;
import switchboard.testing.FakePlivo;
import switchboard.testing.PlivoCliTest;

/** Whatever goes wrong with Plivo, the command says so in one line and exits non-zero: never a stack trace. */
class PlivoCommandErrorsTest extends PlivoCliTest {

    private CliRun run(Map<String, String> overrides, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("PLIVO_API_TIMEOUT", "1s"));
        env.putAll(overrides);
        return cli(env, args);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("bad credentials", FakePlivo.json(401, "error401.json"),
                        "Plivo refused the credentials (HTTP 401) while listing calls: check PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN"),
                Arguments.of("not found", FakePlivo.json(404, "error404.json"),
                        "Plivo has no such resource (HTTP 404) while listing calls: not found"),
                Arguments.of("server error", aResponse().withStatus(503).withBody("Service Unavailable"),
                        "Plivo failed (HTTP 503) while listing calls, 3 attempts: Service Unavailable"),
                Arguments.of("timeout", FakePlivo.json("applicationListEmptyResponse.json").withFixedDelay(1800),
                        "Plivo did not answer within 1s while listing calls"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void a_plivo_failure_is_one_clear_line_and_exit_code_1(String name, ResponseDefinitionBuilder answer, String message) {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Call/")).willReturn(answer));
        CliRun run = run(Map.of(), "plivo", "reconcile");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("plivo: " + message).endsWith("\n").hasLineCount(1);
        assertThat(run.err() + run.logs()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void provisioning_with_bad_credentials_stops_at_the_first_request() {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/")).willReturn(FakePlivo.json(401, "error401.json")));
        CliRun run = run(Map.of(), "plivo", "provision");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("plivo: Plivo refused the credentials (HTTP 401) while listing applications")
                .hasLineCount(1);
        assertThat(run.out()).isEmpty();
        plivo.wiremock().verify(1, getRequestedFor(urlPathEqualTo(ACCOUNT + "Application/")));
    }

    @Test
    void a_plivo_nobody_listens_at_is_named() {
        CliRun run = run(Map.of("PLIVO_API_URL", "http://127.0.0.1:9"), "plivo", "reconcile");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("plivo: cannot reach Plivo at http://127.0.0.1:9 while listing calls").hasLineCount(1);
    }

    @Test
    void without_credentials_the_command_is_a_configuration_error() {
        CliRun run = run(Map.of("PLIVO_AUTH_TOKEN", ""), "plivo", "reconcile");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("configuration error: PLIVO_AUTH_TOKEN: is not set; plivo commands need both"
                + " PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN\n");
    }

    @Test
    void an_auth_id_plivo_could_never_accept_is_a_configuration_error() {
        CliRun run = run(Map.of("PLIVO_AUTH_ID", "nonsense"), "plivo", "reconcile");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("configuration error: PLIVO_AUTH_ID: is not a Plivo auth id");
    }

    @Test
    void provisioning_for_a_local_public_url_is_refused_before_asking_plivo() {
        CliRun run = run(Map.of("PUBLIC_URL", ""), "plivo", "provision");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("configuration error: PUBLIC_URL: is http://localhost:8080, which Plivo cannot reach");
        assertThat(plivo.wiremock().getAllServeEvents()).isEmpty();
    }
}
