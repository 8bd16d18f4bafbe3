package switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Drives calls to the endings that matter for follow-ups, and reads callbacks back through the API. */
public final class FollowUpCalls {
    public static final String MAIN = "sip:main-office@phone.plivo.com";
    public static final String SALES = "sip:sales@phone.plivo.com";
    public static final String SUPPORT = "sip:support@phone.plivo.com";

    private FollowUpCalls() {}

    /** Rang out on every tier of Sales (two) and reached the voicemail prompt. */
    public static PlivoCall atVoicemail(PlivoCall call) {
        call.answer();
        call.dialEnded(0, "no-answer");
        call.dialEnded(1, "no-answer");
        return call;
    }

    /** Nobody answered; the caller left a message of the given length, then hung up. */
    public static PlivoCall voicemail(PlivoCall call, String recordingUrl, int seconds) {
        atVoicemail(call).recordAction(recordingUrl, seconds);
        call.hangup(seconds + 25, "NORMAL_CLEARING");
        return call;
    }

    /** Picked up on tier 1 by the app at sipUri, talked, hung up. */
    public static PlivoCall answered(PlivoCall call, String sipUri) {
        call.answer();
        call.answeredBy(0, sipUri);
        call.dialEnded(0, "completed");
        call.hangup(60, "NORMAL_CLEARING");
        return call;
    }

    public static PlivoCall missed(PlivoCall call) {
        call.answer();
        call.hangup(8, "ORIGINATOR_CANCEL");
        return call;
    }

    public static List<JsonNode> callbacksOf(TestServer server, String from) {
        JsonNode page = ResponseJson.of(server.api("/api/callbacks?limit=200&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    public static JsonNode onlyCallbackOf(TestServer server, String from) {
        List<JsonNode> all = callbacksOf(server, from);
        if (all.size() != 1) throw new AssertionError("expected one callback from " + from + ", got " + all);
        return all.get(0);
    }

    public static long callId(PlivoCall call) {
        return ResponseJson.of(call.record()).get("id").asLong();
    }

    public static long lineId(TestServer server, String name) {
        return server.jdbi().withHandle(h -> h.createQuery("select id from lines where name = ?").bind(0, name)
                .mapTo(Long.class).one());
    }
}
