package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/**
 * Signature V3 concatenates sorted key+value pairs with no separator: text moved between adjacent parameters keeps the
 * signature valid. A captured answer re-shaped into a call with another CallUUID is refused (its nonce came with
 * another request); an exact repeat is answered as before.
 */
class ReshapedReplayTest extends ServerTest {

    @Test
    void a_captured_answer_reshaped_into_another_call_is_refused() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        Map<String, String> original = call.params("CallStatus", "ringing");
        Map<String, String> headers = server.signatureHeaders("/plivo/answer", original);
        assertThat(server.http().postForm("/plivo/answer", original, headers).status()).isEqualTo(200);

        Map<String, String> reshaped = new LinkedHashMap<>(original);
        reshaped.remove("Direction"); // "CallUUID<uuid>Directioninbound" read as one CallUUID
        reshaped.put("CallUUID", call.uuid + "Direction" + original.get("Direction"));
        assertThat(new SignatureV3(TestServer.AUTH_TOKEN).isValid("POST", TestServer.PUBLIC_URL + "/plivo/answer",
                multi(reshaped), headers.get("X-Plivo-Signature-V3-Nonce"), headers.get("X-Plivo-Signature-V3")))
                .as("the signature still holds").isTrue();
        Http.Response r = server.http().postForm("/plivo/answer", reshaped, headers);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("nonce");
        assertThat(callsWithUuid(reshaped.get("CallUUID"))).isZero();
    }

    @Test
    void an_exact_repeat_is_answered_the_same() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        Map<String, String> params = call.params("CallStatus", "ringing");
        Map<String, String> headers = server.signatureHeaders("/plivo/answer", params);
        Http.Response first = server.http().postForm("/plivo/answer", params, headers);
        Http.Response again = server.http().postForm("/plivo/answer", params, headers);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
    }

    private int callsWithUuid(String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("select count(*) from calls where call_uuid = ?")
                .bind(0, uuid).mapTo(Integer.class).one());
    }

    private static Map<String, List<String>> multi(Map<String, String> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }
}
