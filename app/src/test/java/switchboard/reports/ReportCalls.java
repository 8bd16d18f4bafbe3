package switchboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;

/**
 * Calls for the reports, made through the signed webhooks. The database's clock decides every time a call keeps, so
 * "this call started 5 s ago" moves all of the call's times back together (its durations so far stay as they were).
 */
final class ReportCalls {
    private final TestServer server;

    ReportCalls(TestServer server) {
        this.server = server;
    }

    /** Moves the call back so that {@code at} (c.started_at, c.answered_at, c.routed_at or q.joined_at) was that long ago. */
    void ago(PlivoCall call, String at, int seconds) {
        server.jdbi().useHandle(h -> {
            double by = h.createQuery("select extract(epoch from " + at + " - (now() - make_interval(secs => :s)))"
                            + " from calls c left join queue_entries q on q.call_id = c.id where c.call_uuid = :uuid")
                    .bind("s", seconds).bind("uuid", call.uuid).mapTo(Double.class).one();
            shift(h, "(select id from calls where call_uuid = '" + call.uuid + "')", by);
        });
    }

    /** Moves every call (and its queue entry, offers, timeline, callbacks) so that now becomes {@code now}. */
    void allAsIfNowWere(Instant now) {
        server.jdbi().useHandle(h -> {
            double by = h.createQuery("select extract(epoch from now() - cast(:t as timestamptz))").bind("t", now.toString())
                    .mapTo(Double.class).one();
            shift(h, "(select id from calls)", by);
        });
    }

    private static void shift(org.jdbi.v3.core.Handle h, String calls, double seconds) {
        String by = "make_interval(secs => " + seconds + ")";
        h.execute("update calls set started_at = started_at - " + by + ", answered_at = answered_at - " + by
                + ", voicemail_offered_at = voicemail_offered_at - " + by + ", ended_at = ended_at - " + by
                + ", queue_joined_at = queue_joined_at - " + by + ", queue_left_at = queue_left_at - " + by
                + ", routed_at = routed_at - " + by + " where id in " + calls);
        h.execute("update queue_entries set joined_at = joined_at - " + by + ", left_at = left_at - " + by
                + " where call_id in " + calls);
        h.execute("update offers set offered_at = offered_at - " + by + ", answered_at = answered_at - " + by
                + ", ended_at = ended_at - " + by + " where call_id in " + calls);
        h.execute("update call_events set at = at - " + by + " where call_id in " + calls);
        h.execute("update callbacks set created_at = created_at - " + by + ", done_at = done_at - " + by
                + " where id in (select callback_id from callback_calls where call_id in " + calls + ")");
    }

    /** Plivo's hangup without an EndTime: the call ends now, by the database's clock. */
    Http.Response hangup(PlivoCall call) {
        return server.plivo("/plivo/hangup", call.params("CallStatus", "completed", "Duration", "10", "BillDuration", "10",
                "HangupCauseName", "NORMAL_CLEARING", "HangupCauseCode", "4000", "HangupSource", "Caller", "Event", "Hangup"));
    }

    /** A call the simulator made (its CallUUID starts with sim-) to this line, hung up at once. */
    void simulated(String line) {
        Map<String, String> call = Map.of("CallUUID", "sim-" + UUID.randomUUID(), "From", "sip:sim@phone.plivo.com", "To", line,
                "Direction", "inbound");
        server.plivo("/plivo/answer", with(call, "CallStatus", "ringing", "Event", "StartApp"));
        server.plivo("/plivo/hangup", with(call, "CallStatus", "completed", "Duration", "3", "HangupCauseName", "NORMAL_CLEARING",
                "HangupSource", "Caller", "Event", "Hangup"));
    }

    private static Map<String, String> with(Map<String, String> base, String... extra) {
        Map<String, String> p = new java.util.LinkedHashMap<>(base);
        for (int i = 0; i < extra.length; i += 2) p.put(extra[i], extra[i + 1]);
        return p;
    }

    /** A call answered by {@code by} that many seconds after it started, then talked for {@code talkSeconds}. */
    PlivoCall answered(String line, Staff.Person by, int afterSeconds, int talkSeconds) {
        PlivoCall call = server.newCall(line);
        call.answer();
        ago(call, "c.started_at", afterSeconds);
        call.answeredBy(0, by.sipUri());
        ago(call, "c.answered_at", talkSeconds);
        hangup(call);
        return call;
    }

    /** A call whose caller hung up as soon as it was answered (while the phones rang, or in a menu). */
    PlivoCall hungUpAtOnce(String line) {
        PlivoCall call = server.newCall(line);
        call.answer();
        hangup(call);
        return call;
    }

    /** A caller who waited that long in the line's queue, then hung up. */
    PlivoCall abandoned(String line, int afterSeconds) {
        PlivoCall call = server.newCall(line);
        call.answer();
        ago(call, "q.joined_at", afterSeconds);
        hangup(call);
        return call;
    }

    /** The callback this call opened on the line, marked done: the call having started that long before. */
    void done(PlivoCall call, long lineId, int secondsLater) {
        ago(call, "c.started_at", secondsLater);
        markDone(call, lineId);
    }

    /** The callback this call opened on the line, marked done now. */
    void markDone(PlivoCall call, long lineId) {
        for (JsonNode cb : ResponseJson.of(server.api("/api/callbacks?lineId=" + lineId)).get("items")) {
            if (cb.get("callUuid").asText().equals(call.uuid)) {
                Http.Response r = server.api("PATCH", "/api/callbacks/" + cb.get("id").asLong(), "{\"status\": \"done\"}");
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("no callback for " + call.uuid);
    }

    /** Posts the caller's key in a menu step. */
    Http.Response press(PlivoCall call, int step, String digits) {
        return server.plivo("/plivo/menu/" + step + "/digits", call.params("CallStatus", "in-progress", "Digits", digits));
    }
}
