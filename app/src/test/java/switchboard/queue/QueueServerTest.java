package switchboard.queue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff.Person;

/**
 * A real server over a fresh database, without Plivo REST credentials: no live transfers, so every offer comes from
 * a wait step's Redirect, as Plivo drives it. Helpers to make users busy and to read a call's queue timeline.
 */
abstract class QueueServerTest extends ServerTest {
    @Override
    protected Map<String, String> serverEnv() {
        return Map.of("PLIVO_AUTH_ID", "");
    }

    /** A line's JSON fields with its queue on; more queue fields as JSON, e.g. "\"maxCallers\": 1" (may be empty). */
    static String queue(String settings) {
        return "\"queue\": {\"enabled\": true" + (settings.isEmpty() ? "" : ", " + settings) + "}";
    }

    /** A caller who dialled {@code line} while {@code person}, its only user, was busy: waiting at step 0. */
    protected PlivoCall waitingFor(String line, Person person) {
        talking(line, person);
        PlivoCall caller = server.newCall(line);
        caller.answer();
        return caller;
    }

    /** A call to {@code line} that {@code person} (ringing first) answered and is talking on: they are busy. */
    protected PlivoCall talking(String line, Person person) {
        PlivoCall call = server.newCall(line);
        call.answer();
        call.answeredBy(0, person.sipUri());
        return call;
    }

    protected JsonNode record(PlivoCall call) {
        Http.Response r = call.record();
        if (r.status() != 200) throw new AssertionError(r.body());
        return ResponseJson.of(r);
    }

    protected List<String> events(PlivoCall call) {
        return StreamSupport.stream(record(call).get("events").spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    /** The detail of the call's last entry of this type. */
    protected JsonNode event(PlivoCall call, String type) {
        JsonNode found = null;
        for (JsonNode e : record(call).get("events")) if (e.get("type").asText().equals(type)) found = e.get("detail");
        if (found == null) throw new AssertionError("no " + type + " in " + events(call));
        return found;
    }

    /** GET /api/queue's entry for the line this call dialled. */
    protected JsonNode queueOf(PlivoCall call) {
        long lineId = record(call).at("/line/id").asLong();
        for (JsonNode q : ResponseJson.of(server.api("/api/queue")).get("lines")) {
            if (q.get("lineId").asLong() == lineId) return q;
        }
        throw new AssertionError("line " + lineId + " is not in GET /api/queue");
    }

    /** Pretends the caller has waited this much longer (the database's clock decides how long a caller waited). */
    protected void waitedLonger(PlivoCall call, int seconds) {
        server.jdbi().useHandle(h -> {
            h.execute("update queue_entries set joined_at = joined_at - make_interval(secs => ?)"
                    + " where call_id = (select id from calls where call_uuid = ?)", seconds, call.uuid);
            h.execute("update calls set queue_joined_at = queue_joined_at - make_interval(secs => ?) where call_uuid = ?",
                    seconds, call.uuid);
        });
    }

    /** The step number a wait document's Redirect names. */
    static int redirectStep(Http.Response waitStep) {
        String url = waitStep.xml().string("/Response/Redirect");
        return Integer.parseInt(url.replaceAll(".*/plivo/queue/(\\d+)/next$", "$1"));
    }
}
