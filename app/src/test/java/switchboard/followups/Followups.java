package switchboard.followups;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import switchboard.testing.Json;
import switchboard.testing.PlivoCall;
import switchboard.testing.TestServer;

/** Drives calls to the endings that matter for follow-ups, and reads callbacks back through the API. */
final class Followups {
    static final String MAIN = "sip:main-office@phone.plivo.com";
    static final String SALES = "sip:sales@phone.plivo.com";
    static final String SUPPORT = "sip:support@phone.plivo.com";

    private Followups() {}

    /** Rang out on every tier of Sales (two) and reached the voicemail prompt. */
    static PlivoCall atVoicemail(TestServer server, PlivoCall call) {
        call.answer();
        call.dialEnded(0, "no-answer");
        call.dialEnded(1, "no-answer");
        return call;
    }

    static PlivoCall missed(PlivoCall call) {
        call.answer();
        call.hangup(8, "ORIGINATOR_CANCEL");
        return call;
    }

    static List<JsonNode> callbacksOf(TestServer server, String from) {
        JsonNode page = Json.of(server.api("/api/callbacks?limit=200&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    static JsonNode onlyCallbackOf(TestServer server, String from) {
        List<JsonNode> all = callbacksOf(server, from);
        if (all.size() != 1) throw new AssertionError("expected one callback from " + from + ", got " + all);
        return all.get(0);
    }

    static long callId(PlivoCall call) {
        return Json.of(call.record()).get("id").asLong();
    }

    static long lineId(TestServer server, String name) {
        return server.jdbi().withHandle(h -> h.createQuery("select id from lines where name = ?").bind(0, name)
                .mapTo(Long.class).one());
    }
}
