package switchboard.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** One inbound call, driven through the webhooks the way Plivo drives it. */
public final class PlivoCall {
    private final TestServer server;
    public final String uuid;
    public final String from;
    public final String to;

    PlivoCall(TestServer server, String uuid, String from, String to) {
        this.server = server;
        this.uuid = uuid;
        this.from = from;
        this.to = to;
    }

    public Map<String, String> params(String... extra) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallUUID", uuid);
        p.put("From", from);
        p.put("To", to);
        p.put("Direction", "inbound");
        for (int i = 0; i < extra.length; i += 2) p.put(extra[i], extra[i + 1]);
        return p;
    }

    public Http.Response answer(String... extra) {
        return server.plivo("/plivo/answer", params(concat(extra, "CallStatus", "ringing", "Event", "StartApp")));
    }

    public Http.Response dialEnded(int step, String dialStatus) {
        return server.plivo("/plivo/dial/" + step + "/action", params("CallStatus", "in-progress",
                "DialStatus", dialStatus, "DialRingStatus", "true", "DialHangupCause", "NORMAL_CLEARING",
                "DialALegUUID", uuid, "DialBLegUUID", dialStatus.equals("completed") ? "b-" + uuid : ""));
    }

    public Http.Response answeredBy(int step, String sipUri) {
        return server.plivo("/plivo/dial/" + step + "/callback", params("DialAction", "answer",
                "DialBLegStatus", "answer", "DialALegUUID", uuid, "DialBLegUUID", "b-" + uuid,
                "DialBLegTo", sipUri, "DialBLegFrom", from, "Event", "DialAnswer"));
    }

    public Http.Response legEnded(int step, String sipUri, int seconds) {
        return server.plivo("/plivo/dial/" + step + "/callback", params("DialAction", "hangup",
                "DialBLegStatus", "hangup", "DialALegUUID", uuid, "DialBLegUUID", "b-" + uuid, "DialBLegTo", sipUri,
                "DialBLegDuration", Integer.toString(seconds), "DialBLegHangupCauseName", "NORMAL_CLEARING"));
    }

    public Http.Response recordAction(String url, int seconds) {
        return server.plivo("/plivo/voicemail/action", params("RecordUrl", url, "RecordingID", "rec-" + uuid,
                "RecordingDuration", Integer.toString(seconds), "RecordingDurationMs", Integer.toString(seconds * 1000),
                "Digits", "#"));
    }

    public Http.Response recordCallback(String url, int seconds) {
        return server.plivo("/plivo/voicemail/callback", params("RecordUrl", url, "RecordingID", "rec-" + uuid,
                "RecordingDuration", Integer.toString(seconds), "RecordingDurationMs", Integer.toString(seconds * 1000)));
    }

    public Http.Response hangup(int seconds, String cause) {
        return server.plivo("/plivo/hangup", params("CallStatus", "completed", "Duration", Integer.toString(seconds),
                "BillDuration", Integer.toString(seconds), "HangupCauseName", cause, "HangupCauseCode", "4000",
                "HangupSource", "Caller", "EndTime", "2026-11-22 09:00:00", "Event", "Hangup"));
    }

    /** Wait step {@code step} ended (its Redirect), or Plivo fetches the step a live transfer named: what next? */
    public Http.Response waitEnded(int step) {
        return server.plivo("/plivo/queue/" + step + "/next", params("CallStatus", "in-progress", "Event", "Redirect"));
    }

    /** The caller pressed {@code digits} during wait step {@code step}. */
    public Http.Response pressed(int step, String digits) {
        return server.plivo("/plivo/queue/" + step + "/key", params("CallStatus", "in-progress", "Digits", digits));
    }

    /** The call's record from the history API, with its timeline. */
    public Http.Response record() {
        Http.Response list = server.api("/api/calls?callUuid=" + uuid);
        String id = list.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        return server.api("/api/calls/" + id);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(b, 0, out, 0, b.length);
        System.arraycopy(a, 0, out, b.length, a.length);
        return out;
    }
}
