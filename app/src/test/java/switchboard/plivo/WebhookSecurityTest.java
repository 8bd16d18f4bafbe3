package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** Signature V3 on every /plivo/* request, checked against PUBLIC_URL; failing closed. */
class WebhookSecurityTest extends ServerTest {
    static final String SALES = "sip:sales@phone.plivo.com";
    static final SignatureV3 OURS = new SignatureV3(TestServer.AUTH_TOKEN);

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
        Http.Response r = postSigned(new SignatureV3("not-our-token"), TestServer.PUBLIC_URL, "/plivo/answer", "");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void signature_for_the_local_address_instead_of_public_url_is_refused() {
        Http.Response r = postSigned(OURS, "http://localhost:" + server.port(), "/plivo/answer", "");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void one_valid_signature_among_several_is_accepted() {
        Http.Response r = postSigned(OURS, TestServer.PUBLIC_URL, "/plivo/answer", "bm90IGl0, ");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Dial")).isEqualTo(1);
    }

    @Test
    void signed_url_with_a_query_string_is_accepted() {
        Http.Response r = postSigned(OURS, TestServer.PUBLIC_URL, "/plivo/answer?source=test&b=2", "");
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

    /** Posts a new call's answer to path, signed by signer for base + path, after any other signatures. */
    private Http.Response postSigned(SignatureV3 signer, String base, String path, String otherSignatures) {
        PlivoCall call = server.newCall(SALES);
        String nonce = Long.toString(System.nanoTime());
        String sig = signer.sign("POST", base + path, multi(call.params()), nonce);
        return server.http().postForm(path, call.params(),
                Map.of("X-Plivo-Signature-V3", otherSignatures + sig, "X-Plivo-Signature-V3-Nonce", nonce));
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
