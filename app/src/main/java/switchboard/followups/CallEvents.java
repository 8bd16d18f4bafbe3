package switchboard.followups;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallLogDao.CallEntry;
import switchboard.calls.CallView;
import switchboard.calls.EntryType;
import switchboard.json.Json;
import switchboard.notify.Notifier;

/**
 * The webhook events a call's new timeline entries make. Each event id is fixed per call
 * (call-42-answered), so an event reported by two webhooks is queued once.
 */
public final class CallEvents {
    private final Notifier notifier;

    public CallEvents(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Calls to no known line (rejected) make no events. */
    public void publish(Handle handle, CallEntry call, Set<EntryType> newTypes, Long callbackId) {
        if (call.lineId() == null) return;
        CallView view = CallView.of(call, null);
        String id = "call-" + call.id() + "-";
        if (newTypes.contains(EntryType.CALL_STARTED)) notifier.event(handle, id + "started", "call.started", Json.map("call", view));
        if ((newTypes.contains(EntryType.ANSWERED) || newTypes.contains(EntryType.DIAL_ENDED)) && call.answeredAt() != null) {
            notifier.event(handle, id + "answered", "call.answered", Json.map("call", view));
        }
        if (newTypes.contains(EntryType.VOICEMAIL_RECORDED) && call.voicemailUrl() != null) {
            notifier.event(handle, id + "voicemail", "voicemail.created", Json.map("call", view, "callbackId", callbackId));
        }
        if (newTypes.contains(EntryType.HANGUP)) notifier.event(handle, id + "ended", "call.ended", Json.map("call", view));
    }
}
