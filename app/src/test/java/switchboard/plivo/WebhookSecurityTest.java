package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.TestServer;

/** Signature V3 on every /plivo/* request, checked against PUBLIC_URL; failing closed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookSecurityTest {
    static final String SALES = "sip:sales@phone.plivo.com";
    TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void unsigned_request_is_refused_with_403() {
        PlivoCall call = server.newCall(SALES);
        Http.Response r = server.http().postForm("/plivo/answer", call.params(), Map.of());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("X-Plivo-Signature-V3");
        assertThat(callsLogged(call)).isZero();
    }

    @Test
    void signature_over_another_body_is_refused() {
        PlivoCall call = server.newCall(SALES);
        SignatureV3 signer = new SignatureV3(TestServer.AUTH_TOKEN);
        String sig = signer.sign("POST", TestServer.PUBLIC_URL + "/plivo/answer",
                Map.of("CallUUID", List.of("other"), "To", List.of(SALES)), "n1");
        Http.Response r = server.http().postForm("/plivo/answer", call.params(),
                Map.of("X-Plivo-Signature-V3", sig, "X-Plivo-Signature-V3-Nonce", "n1"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void signature_made_with_another_token_is_refused() {
        PlivoCall call = server.newCall(SALES);
        Map<String, List<String>> params = multi(call.params());
        String sig = new SignatureV3("not-our-token").sign("POST", TestServer.PUBLIC_URL + "/plivo/answer", params, "n2");
        Http.Response r = server.http().postForm("/plivo/answer", call.params(),
                Map.of("X-Plivo-Signature-V3", sig, "X-Plivo-Signature-V3-Nonce", "n2"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void signature_for_the_local_address_instead_of_public_url_is_refused() {
        PlivoCall call = server.newCall(SALES);
        String local = "http://localhost:" + server.port() + "/plivo/answer";
        String sig = new SignatureV3(TestServer.AUTH_TOKEN).sign("POST", local, multi(call.params()), "n3");
        Http.Response r = server.http().postForm("/plivo/answer", call.params(),
                Map.of("X-Plivo-Signature-V3", sig, "X-Plivo-Signature-V3-Nonce", "n3"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void one_valid_signature_among_several_is_accepted() {
        PlivoCall call = server.newCall(SALES);
        String good = new SignatureV3(TestServer.AUTH_TOKEN).sign("POST", TestServer.PUBLIC_URL + "/plivo/answer",
                multi(call.params()), "n4");
        Http.Response r = server.http().postForm("/plivo/answer", call.params(),
                Map.of("X-Plivo-Signature-V3", "bm90IGl0," + good, "X-Plivo-Signature-V3-Nonce", "n4"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Dial")).isEqualTo(1);
    }

    @Test
    void signed_url_with_a_query_string_is_accepted() {
        PlivoCall call = server.newCall(SALES);
        String path = "/plivo/answer?source=test&b=2";
        String sig = new SignatureV3(TestServer.AUTH_TOKEN).sign("POST", TestServer.PUBLIC_URL + path,
                multi(call.params()), "n5");
        Http.Response r = server.http().postForm(path, call.params(),
                Map.of("X-Plivo-Signature-V3", sig, "X-Plivo-Signature-V3-Nonce", "n5"));
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void without_an_auth_token_webhooks_fail_closed() {
        try (TestServer open = TestServer.start(Map.of("PLIVO_AUTH_TOKEN", ""))) {
            Http.Response r = open.newCall(SALES).answer();
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.body()).contains("PLIVO_AUTH_TOKEN");
        }
    }

    @Test
    void verification_can_be_switched_off_for_local_work() {
        try (TestServer local = TestServer.start(Map.of("PLIVO_AUTH_TOKEN", "", "PLIVO_VERIFY_SIGNATURES", "false"))) {
            PlivoCall call = local.newCall(SALES);
            Http.Response r = local.http().postForm("/plivo/answer", call.params(), Map.of());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.xml().count("/Response/Dial")).isEqualTo(1);
        }
    }

    private static Map<String, List<String>> multi(Map<String, String> params) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }

    private int callsLogged(PlivoCall call) {
        return server.jdbi().withHandle(h -> h.createQuery("select count(*) from calls where call_uuid = ?")
                .bind(0, call.uuid).mapTo(Integer.class).one());
    }
}
