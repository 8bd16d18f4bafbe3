package switchboard.plivoapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static switchboard.testing.FakePlivo.ACCOUNT;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.config.Config;
import switchboard.testing.FakePlivo;

/** plivo-java through our connection: aimed at PLIVO_API_URL, every failure one clear line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlivoConnectionTest {
    private final FakePlivo plivo = FakePlivo.start();

    @BeforeEach
    void forgetStubs() {
        plivo.wiremock().resetAll();
    }

    @AfterAll
    void stop() {
        plivo.close();
    }

    private PlivoAccount account(String... env) {
        Map<String, String> vars = new HashMap<>(plivo.env());
        vars.put("PLIVO_AUTH_TOKEN", "secret-token");
        for (int i = 0; i < env.length; i += 2) vars.put(env[i], env[i + 1]);
        return new PlivoAccount(PlivoConnection.open(Config.fromEnv(vars)).orElseThrow());
    }

    private void stubApplication(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/2046/")).willReturn(answer));
    }

    @Test
    void requests_go_to_plivo_api_url_with_the_account_credentials() {
        stubApplication(FakePlivo.json("applicationGetResponse.json", "app_id", "2046", "public_url", "https://x.test"));
        PlivoAccount.PlivoApplication app = account().application("2046").orElseThrow();
        assertThat(app.urls()).isEqualTo(new PlivoAccount.Urls("https://x.test/plivo/answer", "https://x.test/plivo/hangup",
                "https://x.test/plivo/fallback"));
        plivo.wiremock().verify(getRequestedFor(urlPathEqualTo(ACCOUNT + "Application/2046/"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(FakePlivo.AUTH_ID, "secret-token")));
    }

    @Test
    void an_application_plivo_does_not_have_is_simply_absent() {
        stubApplication(FakePlivo.json(404, "error404.json"));
        assertThat(account().application("2046")).isEmpty();
    }

    @Test
    void bad_credentials_are_one_line_naming_the_variables() {
        stubApplication(FakePlivo.json(401, "error401.json"));
        PlivoApiError e = catchThrowableOfType(PlivoApiError.class, () -> account().application("2046"));
        assertThat(e.kind()).isEqualTo(PlivoApiError.Kind.BAD_CREDENTIALS);
        assertThat(e.getMessage()).doesNotContain("\n").contains("401", "PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void a_5xx_is_retried_and_a_later_success_is_used() {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/2046/")).inScenario("flaky")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503).withBody("upstream busy"))
                .willSetStateTo("second"));
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/2046/")).inScenario("flaky")
                .whenScenarioStateIs("second").willReturn(aResponse().withStatus(502)).willSetStateTo("third"));
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/2046/")).inScenario("flaky")
                .whenScenarioStateIs("third").willReturn(FakePlivo.json("applicationGetResponse.json", "app_id", "2046",
                        "public_url", "https://x.test")));
        assertThat(account().application("2046")).isPresent();
        plivo.wiremock().verify(3, getRequestedFor(urlPathEqualTo(ACCOUNT + "Application/2046/")));
    }

    @Test
    void a_lasting_5xx_is_one_line_with_the_status_after_three_attempts() {
        stubApplication(aResponse().withStatus(503).withBody("<html>\n<h1>503 Service Unavailable</h1>\n</html>"));
        PlivoApiError e = catchThrowableOfType(PlivoApiError.class, () -> account().application("2046"));
        assertThat(e.kind()).isEqualTo(PlivoApiError.Kind.SERVER_ERROR);
        assertThat(e.getMessage()).doesNotContain("\n").contains("HTTP 503", "3 attempts", "reading application 2046");
        plivo.wiremock().verify(3, getRequestedFor(urlPathEqualTo(ACCOUNT + "Application/2046/")));
    }

    @Test
    void a_request_plivo_does_not_answer_in_time_is_a_timeout() {
        stubApplication(FakePlivo.json("applicationGetResponse.json", "app_id", "2046", "public_url", "https://x.test")
                .withFixedDelay(2500));
        PlivoApiError e = catchThrowableOfType(PlivoApiError.class, () -> account("PLIVO_API_TIMEOUT", "1s").application("2046"));
        assertThat(e.kind()).isEqualTo(PlivoApiError.Kind.TIMEOUT);
        assertThat(e.getMessage()).doesNotContain("\n").contains("within 1s", "PLIVO_API_TIMEOUT");
    }

    @Test
    void a_plivo_that_cannot_be_reached_is_named() {
        PlivoApiError e = catchThrowableOfType(PlivoApiError.class,
                () -> account("PLIVO_API_URL", "http://127.0.0.1:9").application("2046"));
        assertThat(e.kind()).isEqualTo(PlivoApiError.Kind.UNREACHABLE);
        assertThat(e.getMessage()).doesNotContain("\n").contains("cannot reach Plivo at http://127.0.0.1:9");
    }

    @Test
    void call_records_are_asked_for_by_utc_end_time_and_read_with_their_direction() {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Call/")).willReturn(FakePlivo.list(List.of(
                FakePlivo.fill("callRecord.json", "call_uuid", "a-1", "direction", "inbound", "parent_call_uuid", null,
                        "from", "sip:c@phone.plivo.com", "to", "sip:sales12@phone.plivo.com", "duration", 42,
                        "answer_time", "2026-11-22 12:30:02+05:30", "initiation_time", "2026-11-22 12:30:00+05:30",
                        "end_time", "2026-11-22 12:30:44+05:30", "hangup_cause", "NORMAL_CLEARING")))));
        Map<String, String> env = new HashMap<>(plivo.env());
        env.put("PLIVO_AUTH_TOKEN", "t");
        var records = new PlivoCallRecords(PlivoConnection.open(Config.fromEnv(env)).orElseThrow())
                .callsEndedSince(Instant.parse("2026-11-22T06:00:00Z"));
        plivo.wiremock().verify(getRequestedFor(urlPathEqualTo(ACCOUNT + "Call/"))
                .withQueryParam("end_time__gte", equalTo("2026-11-22 06:00:00")));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("inbound");
            assertThat(r.endedAt()).isEqualTo(Instant.parse("2026-11-22T07:00:44Z"));
            assertThat(r.durationSeconds()).isEqualTo(42);
        });
    }
}
