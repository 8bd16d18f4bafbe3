package switchboard.calls;

import java.time.Instant;
import java.util.Optional;
import switchboard.calls.CallDao.CallRow;
import switchboard.directory.DirectoryDao.AppOwner;
import switchboard.directory.Line;
import switchboard.sip.SipUri;

/**
 * The facts of a call and their timeline entries, written one way whoever learned them: the webhooks, or
 * reconciliation repairing what a lost webhook should have told us ({@code via} "reconcile"). The dedupe keys
 * are the same either way, so a late webhook after a repair, or a second repair, adds nothing.
 */
public final class CallFacts {
    public static final String RECONCILED = "reconcile";

    private final Daos db;

    public CallFacts(Daos db) {
        this.db = db;
    }

    /** The locked call, created first if we never saw its answer (startedAt: Plivo's time, or null for now). */
    public CallRow lockOrCreate(String callUuid, String from, String to, Instant startedAt) {
        CallDao calls = db.calls();
        Optional<CallRow> call = calls.lock(callUuid);
        if (call.isPresent()) return call.get();
        calls.insertFindingLine(callUuid, from, to, SipUri.normalize(to), startedAt);
        return calls.lock(callUuid).orElseThrow();
    }

    public void started(Timeline timeline, String from, String to, Optional<Line> line, String via) {
        timeline.add(EntryType.CALL_STARTED, "started", "from", from, "to", to, "lineId", line.map(Line::id).orElse(null),
                "line", line.map(Line::name).orElse(null), "via", via);
    }

    /** Who answered (the app whose SIP URI the answered leg rang, and its user: empty when it is not ours). */
    public void answered(Timeline timeline, long callId, Integer step, String sipUri, Optional<AppOwner> app, Instant at,
                         String via) {
        db.calls().markAnswered(callId, at, app.map(AppOwner::userId).orElse(null), app.map(AppOwner::appId).orElse(null));
        timeline.add(EntryType.ANSWERED, "answered", "step", step, "sipUri", sipUri,
                "userId", app.map(AppOwner::userId).orElse(null), "user", app.map(AppOwner::userName).orElse(null),
                "appId", app.map(AppOwner::appId).orElse(null), "app", app.map(AppOwner::label).orElse(null), "via", via);
    }

    /** The call is over: nobody stays reserved or busy for it. */
    public void ended(Timeline timeline, long callId, Instant endedAt, Integer durationSeconds, String cause, String source,
                      String via) {
        db.calls().markEnded(callId, endedAt, durationSeconds, cause);
        db.offers().end(callId, null, null);
        timeline.add(EntryType.HANGUP, "hangup", "durationSeconds", durationSeconds, "hangupCause", cause,
                "hangupSource", source, "via", via);
    }

    /** A voicemail (a recording with a URL and a length); the call keeps the longest one reported. */
    public void voicemail(Timeline timeline, long callId, String url, String recordingId, int durationSeconds, String via) {
        db.calls().recordVoicemail(callId, url, recordingId, durationSeconds);
        timeline.add(EntryType.VOICEMAIL_RECORDED, "recording:" + (recordingId == null ? url : recordingId), "url", url,
                "recordingId", recordingId, "durationSeconds", durationSeconds, "via", via);
    }
}
