package switchboard.escalation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.apikeys.ApiKeys;
import switchboard.testing.FakePlivo;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;

/** POST /api/calls/{id}/escalate: the caller of a live call goes on to the next (or a named) tier via Plivo's transfer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationTest {
    private final FakePlivo plivo = FakePlivo.start();
    private TestServer server;
    private Staff.Person ann, bob, cy;
    private String line;

    @BeforeAll
    void start() {
        server = plivo.startServer();
    }

    @AfterAll
    void stop() {
        server.close();
        plivo.close();
    }

    @BeforeEach
    void threeTiers() {
        plivo.wiremock().resetAll();
        Staff staff = new Staff(server);
        ann = staff.user("Ann");
        bob = staff.user("Bob");
        cy = staff.user("Cy");
        line = staff.line("Desk", "", tier("ring-all", ann), tier("ring-all", bob), tier("ring-all", cy));
    }

    /** A call Ann (tier 1) answered and is talking on. */
    private PlivoCall annTalking() {
        PlivoCall call = server.newCall(line);
        call.answer();
        call.answeredBy(0, ann.sipUri());
        plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Call/" + call.uuid + "/"))
                .willReturn(FakePlivo.json(202, "callUpdateResponse.json")));
        return call;
    }

    private long id(PlivoCall call) {
        return ResponseJson.of(server.api("/api/calls?callUuid=" + call.uuid)).at("/items/0/id").asLong();
    }

    private Http.Response escalate(PlivoCall call, String body) {
        return server.api("POST", "/api/calls/" + id(call) + "/escalate", body);
    }

    private List<String> events(PlivoCall call) {
        JsonNode events = ResponseJson.of(server.api("/api/calls/" + id(call))).get("events");
        return StreamSupport.stream(events.spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    @Test
    void escalating_transfers_the_callers_leg_to_a_step_that_rings_the_next_tier() {
        PlivoCall call = annTalking();
        Http.Response r = escalate(call, "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = ResponseJson.of(r);
        assertThat(body.get("step").asInt()).isEqualTo(1);
        assertThat(body.get("tier").asInt()).isEqualTo(2);
        String url = TestServer.PUBLIC_URL + "/plivo/calls/" + id(call) + "/escalated/1";
        plivo.wiremock().verify(postRequestedFor(urlPathEqualTo(ACCOUNT + "Call/" + call.uuid + "/"))
                .withRequestBody(matchingJsonPath("$.legs", equalTo("aleg")))
                .withRequestBody(matchingJsonPath("$.aleg_url", equalTo(url)))
                .withRequestBody(matchingJsonPath("$.aleg_method", equalTo("POST"))));
        Http.Response xml = server.plivo("/plivo/calls/" + id(call) + "/escalated/1", call.params("CallStatus", "in-progress"));
        assertThat(xml.xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(xml.xml().string("/Response/Dial/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/dial/1/action");
        assertThat(server.plivo("/plivo/calls/" + id(call) + "/escalated/1", call.params()).body())
                .as("Plivo fetching it again gets the same document").isEqualTo(xml.body());
        assertThat(events(call)).containsSubsequence("answered", "escalated", "tier-ringing");
    }

    @Test
    void a_named_tier_is_rung_instead_of_the_next() {
        PlivoCall call = annTalking();
        Http.Response r = escalate(call, "{\"tier\": 3}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ResponseJson.of(r).get("tier").asInt()).isEqualTo(3);
        assertThat(server.plivo("/plivo/calls/" + id(call) + "/escalated/1", call.params()).xml()
                .strings("/Response/Dial/User")).containsExactly(cy.sipUri());
    }

    @Test
    void the_user_who_answered_may_escalate_with_their_own_key_and_nobody_else_may() {
        PlivoCall call = annTalking();
        String bobsKey = new ApiKeys(server.jdbi()).create("bob-" + bob.id(), "user", bob.id()).key();
        String annsKey = new ApiKeys(server.jdbi()).create("ann-" + ann.id(), "user", ann.id()).key();
        Http.Response refused = server.apiAs(bobsKey, "POST", "/api/calls/" + id(call) + "/escalate", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(ResponseJson.of(refused).get("error").asText()).contains("the user who answered");
        assertThat(server.apiAs(annsKey, "POST", "/api/calls/" + id(call) + "/escalate", "{}").status()).isEqualTo(200);
    }

    @Test
    void a_call_that_is_not_live_is_refused_with_409() {
        PlivoCall ringing = server.newCall(line);
        ringing.answer();
        Http.Response r = escalate(ringing, "{}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(ResponseJson.of(r).get("error").asText()).contains("is ringing, not live");
        PlivoCall ended = annTalking();
        ended.hangup(60, "NORMAL_CLEARING");
        assertThat(ResponseJson.of(escalate(ended, "{}")).get("error").asText()).contains("is answered, not live");
        plivo.wiremock().verify(0, postRequestedFor(urlPathEqualTo(ACCOUNT + "Call/" + ringing.uuid + "/")));
    }

    @Test
    void an_unknown_call_is_404() {
        Http.Response r = server.api("POST", "/api/calls/987654321/escalate", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(ResponseJson.of(r).get("error").asText()).isEqualTo("no call 987654321");
    }

    @Test
    void a_bad_tier_is_a_400_naming_the_field() {
        PlivoCall call = annTalking();
        assertThat(ResponseJson.of(escalate(call, "{\"tier\": 7}")).at("/fields/tier").asText()).contains("has no tier 7");
        assertThat(escalate(call, "{\"tier\": 0}").status()).isEqualTo(400);
        assertThat(escalate(call, "{\"tier\": \"two\"}").status()).isEqualTo(400);
        assertThat(ResponseJson.of(escalate(call, "{\"level\": 2}")).at("/fields/level").asText()).isEqualTo("unknown field");
        assertThat(escalate(call, "[2]").status()).isEqualTo(400);
    }

    @Test
    void no_tier_left_to_ring_is_a_409() {
        PlivoCall call = annTalking();
        assertThat(escalate(call, "{\"tier\": 3}").status()).isEqualTo(200);
        call.answeredBy(1, cy.sipUri());
        Http.Response r = escalate(call, "{}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(ResponseJson.of(r).get("error").asText()).contains("nobody in a tier after tier 3");
    }

    @Test
    void when_plivo_no_longer_has_the_call_it_is_409_and_nothing_is_recorded() {
        PlivoCall call = annTalking();
        plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Call/" + call.uuid + "/"))
                .willReturn(FakePlivo.json(404, "error404.json")));
        Http.Response r = escalate(call, "{}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(ResponseJson.of(r).get("error").asText()).contains("no longer live on Plivo");
        assertThat(events(call)).doesNotContain("escalated");
        assertThat(server.plivo("/plivo/calls/" + id(call) + "/escalated/1", call.params()).xml().count("/Response/Record"))
                .as("a transfer that never happened leaves no step: a stray fetch still gets a voicemail").isEqualTo(1);
    }

    @Test
    void when_plivo_fails_it_is_a_502_with_plivos_words() {
        PlivoCall call = annTalking();
        plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Call/" + call.uuid + "/"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": \"internal error\"}")));
        Http.Response r = escalate(call, "{}");
        assertThat(r.status()).isEqualTo(502);
        assertThat(ResponseJson.of(r).get("error").asText()).contains("HTTP 500", "transferring call", "internal error");
        assertThat(events(call)).doesNotContain("escalated");
    }
}
