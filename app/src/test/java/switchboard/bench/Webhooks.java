package switchboard.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import switchboard.plivo.SignatureV3;

/** The webhooks Plivo sends for one call, with Plivo's parameters, signed as Plivo signs them (V3). */
final class Webhooks {
    /** One inbound call: a fresh CallUUID, a caller, the line dialled. */
    record Call(String uuid, String from, String to) {
        static Call to(String lineSipUri) {
            return to(lineSipUri, "sip:caller-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "@phone.plivo.com");
        }

        static Call to(String lineSipUri, String from) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return new Call(new UUID(r.nextLong(), r.nextLong()).toString(), from, lineSipUri);
        }
    }

    private final String publicUrl;
    private final SignatureV3 signer;

    Webhooks(String publicUrl, String authToken) {
        this.publicUrl = publicUrl;
        this.signer = new SignatureV3(authToken);
    }

    HttpConnection.Response answer(HttpConnection c, Call call) throws IOException {
        return send(c, "/plivo/answer", call, "CallStatus", "ringing", "Event", "StartApp", "CallerName", "Bench Caller",
                "RequestUUID", call.uuid(), "SessionStart", "2026-11-22 09:00:00.000000", "BillRate", "0.00300");
    }

    HttpConnection.Response dialAction(HttpConnection c, Call call, int step, String dialStatus) throws IOException {
        return send(c, "/plivo/dial/" + step + "/action", call, "CallStatus", "in-progress", "DialStatus", dialStatus,
                "DialRingStatus", "true", "DialHangupCause", "NO_ANSWER", "DialALegUUID", call.uuid(), "DialBLegUUID", "");
    }

    /** The Redirect that ends a waiting caller's wait step. */
    HttpConnection.Response queueNext(HttpConnection c, Call call, int step) throws IOException {
        return send(c, "/plivo/queue/" + step + "/next", call, "CallStatus", "in-progress", "Event", "Redirect");
    }

    HttpConnection.Response recordAction(HttpConnection c, Call call) throws IOException {
        return send(c, "/plivo/voicemail/action", call, "CallStatus", "in-progress",
                "RecordUrl", "https://media.plivo.com/v1/Account/MA/Recording/" + call.uuid() + ".mp3",
                "RecordingID", "rec-" + call.uuid(), "RecordingDuration", "12", "RecordingDurationMs", "12000",
                "RecordingStartMs", "1763802000000", "RecordingEndMs", "1763802012000", "Digits", "#");
    }

    HttpConnection.Response hangup(HttpConnection c, Call call) throws IOException {
        return send(c, "/plivo/hangup", call, "CallStatus", "completed", "Duration", "75", "BillDuration", "75",
                "HangupCauseName", "NORMAL_CLEARING", "HangupCauseCode", "4000", "HangupSource", "Caller",
                "EndTime", "2026-11-22 09:01:15", "Event", "Hangup");
    }

    /** An unsigned answer: the server refuses it (403) before any database work. */
    HttpConnection.Response unsignedAnswer(HttpConnection c, Call call) throws IOException {
        return c.post("/plivo/answer", form(params(call, "CallStatus", "ringing")));
    }

    private HttpConnection.Response send(HttpConnection c, String path, Call call, String... extra) throws IOException {
        Map<String, String> params = params(call, extra);
        Map<String, List<String>> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, List.of(v)));
        String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong());
        String signature = signer.sign("POST", publicUrl + path, multi, nonce);
        return c.post(path, form(params), "X-Plivo-Signature-V3: " + signature, "X-Plivo-Signature-V3-Nonce: " + nonce,
                "User-Agent: PlivoHTTP/1.0");
    }

    private static Map<String, String> params(Call call, String... extra) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallUUID", call.uuid());
        p.put("From", call.from());
        p.put("To", call.to());
        p.put("Direction", "inbound");
        for (int i = 0; i < extra.length; i += 2) p.put(extra[i], extra[i + 1]);
        return p;
    }

    private static String form(Map<String, String> params) {
        StringBuilder b = new StringBuilder(512);
        params.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, UTF_8))
                .append('=').append(URLEncoder.encode(v, UTF_8)));
        return b.toString();
    }
}
