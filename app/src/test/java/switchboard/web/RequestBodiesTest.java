package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.RawHttp;
import switchboard.testing.ServerTest;

/** Plivo never sends multipart: refused before a byte of it is read; every body capped before the signature check. */
class RequestBodiesTest extends ServerTest {
    static final List<String> WEBHOOKS = List.of("/plivo/answer", "/plivo/fallback", "/plivo/dial/0/action",
            "/plivo/dial/0/callback", "/plivo/voicemail/action", "/plivo/voicemail/callback", "/plivo/hangup",
            "/plivo/voicemail/transcription", "/plivo/calls/1/escalated/1");
    static final String BOUNDARY = "----probe";

    @Test
    void a_huge_multipart_body_is_refused_with_415_before_it_is_read() {
        for (String path : WEBHOOKS) {
            RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("POST", path,
                    "Content-Type: multipart/form-data; boundary=" + BOUNDARY, "Content-Length: 200000000"),
                    part("CallUUID", "x").getBytes(StandardCharsets.US_ASCII), 3000);
            assertThat(r.status()).as(path).isEqualTo(415);
            assertThat(r.body()).contains("multipart");
        }
    }

    @Test
    void a_truncated_multipart_body_is_a_415_on_every_webhook_route_never_a_500() {
        String cut = part("CallUUID", "u-1") + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"To\"\r\n\r\nsip:sa";
        for (String path : WEBHOOKS) {
            RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("POST", path,
                    "Content-Type: multipart/form-data; boundary=" + BOUNDARY, "Content-Length: " + cut.length()), cut);
            assertThat(r.status()).as(path).isEqualTo(415);
        }
    }

    @Test
    void a_signed_multipart_webhook_is_refused_too() {
        Map<String, String> params = server.newCall("sip:sales@phone.plivo.com").params();
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(part(k, v)));
        body.append("--").append(BOUNDARY).append("--\r\n");
        String[] headers = server.signatureHeaders("/plivo/answer", params).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toArray(String[]::new);
        String head = RawHttp.head("POST", "/plivo/answer", concat(headers, "Content-Type: multipart/form-data; boundary="
                + BOUNDARY, "Content-Length: " + body.length()));
        assertThat(RawHttp.exchange(server.port(), head, body.toString()).status()).isEqualTo(415);
    }

    @Test
    void a_body_over_the_cap_is_a_413_before_it_is_read() {
        for (String path : List.of("/plivo/answer", "/api/users")) {
            RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("POST", path,
                    "Content-Type: application/x-www-form-urlencoded", "Content-Length: 2000000"),
                    "CallUUID=x".getBytes(StandardCharsets.US_ASCII), 3000);
            assertThat(r.status()).as(path).isEqualTo(413);
        }
    }

    @Test
    void a_chunked_body_over_the_cap_is_a_413() {
        String chunk = "x".repeat(60_000);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10; i++) body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        body.append("0\r\n\r\n");
        RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("POST", "/plivo/answer",
                "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"), body.toString());
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void a_webhook_body_cut_mid_escape_is_a_400_naming_the_parameter() {
        Map<String, String> params = Map.of("CallUUID", "u-cut", "To", "sip:sales@phone.plivo.com");
        String body = Http.encode(params) + "&From=%2";
        RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("POST", "/plivo/hangup",
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length()), body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("From");
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
