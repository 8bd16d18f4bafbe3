package switchboard.plivoapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallDao;
import switchboard.calls.CallObserver;
import switchboard.calls.OfferDao;
import switchboard.calls.Timeline;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.directory.SipUri;
import switchboard.plivoapi.Reconciliation.PlivoFacts;
import switchboard.plivoapi.Reconciliation.Repair;

/** Repairs one call in the caller's transaction, on the locked row, as the lost webhooks would have. */
final class CallRepair {
    private final Handle handle;
    private final CallDao calls;
    private final ReconcileDao log;
    private final DirectoryDao directory;
    private final CallObserver observer;

    CallRepair(Handle handle, CallObserver observer) {
        this.handle = handle;
        this.calls = handle.attach(CallDao.class);
        this.log = handle.attach(ReconcileDao.class);
        this.directory = handle.attach(DirectoryDao.class);
        this.observer = observer;
    }

    Optional<Reconciliation.Repaired> repair(String uuid, PlivoFacts plivo) {
        List<Repair> repairs = new ArrayList<>();
        Optional<CallDao.CallRow> call = calls.lock(uuid);
        if (call.isEmpty()) {
            // Only calls to our lines are ours: the account may carry other traffic.
            Optional<Line> line = plivo.caller() == null ? Optional.empty()
                    : directory.lineBySipUri(SipUri.normalize(plivo.caller().to()));
            if (line.isEmpty()) return Optional.empty();
            calls.insertFindingLine(uuid, plivo.caller().from(), plivo.caller().to(), SipUri.normalize(plivo.caller().to()));
            call = calls.lock(uuid);
            log.startedAt(call.get().id(), plivo.caller().initiatedAt());
            repairs.add(Repair.CREATED);
        }
        long id = call.get().id();
        ReconcileDao.CallState state = log.state(id);
        Timeline timeline = new Timeline(handle, calls, observer, id);
        if (repairs.contains(Repair.CREATED)) addStarted(timeline, plivo);
        if (state.answeredAt() == null && plivo.answered() != null) {
            answered(id, timeline, plivo);
            repairs.add(Repair.ANSWERED);
        }
        if (state.endedAt() == null && plivo.caller() != null) {
            var c = plivo.caller();
            calls.markEnded(id, c.endedAt(), c.durationSeconds(), c.hangupCause());
            handle.attach(OfferDao.class).end(id, null, null); // nobody stays reserved for a call that is over
            timeline.add("hangup", "hangup", "durationSeconds", c.durationSeconds(), "hangupCause", c.hangupCause(),
                    "hangupSource", c.hangupSource(), "via", "reconcile");
            repairs.add(Repair.CLOSED);
        }
        if (state.voicemailUrl() == null && plivo.recording() != null) {
            var r = plivo.recording();
            calls.recordVoicemail(id, r.url(), r.id(), r.durationSeconds());
            timeline.add("voicemail-recorded", "recording:" + (r.id() == null ? r.url() : r.id()), "url", r.url(),
                    "recordingId", r.id(), "durationSeconds", r.durationSeconds(), "via", "reconcile");
            repairs.add(Repair.VOICEMAIL);
        }
        timeline.save();
        return repairs.isEmpty() ? Optional.empty() : Optional.of(new Reconciliation.Repaired(id, uuid, List.copyOf(repairs)));
    }

    private void addStarted(Timeline timeline, PlivoFacts plivo) {
        var c = plivo.caller();
        Optional<Line> line = directory.lineBySipUri(SipUri.normalize(c.to()));
        timeline.add("call-started", "started", "from", c.from(), "to", c.to(),
                "lineId", line.map(Line::id).orElse(null), "line", line.map(Line::name).orElse(null),
                "via", "reconcile");
    }

    /** Who answered: the app whose SIP URI the answered leg rang, and its user (both null if it is not ours). */
    private void answered(long id, Timeline timeline, PlivoFacts plivo) {
        var leg = plivo.answered();
        DirectoryDao.AppOwner owner = directory.appBySipUri(SipUri.normalize(leg.to())).orElse(null);
        Long userId = owner == null ? null : owner.userId();
        Long appId = owner == null ? null : owner.appId();
        log.answeredAt(id, leg.answeredAt(), userId, appId);
        timeline.add("answered", "answered", "sipUri", leg.to(), "userId", userId,
                "user", owner == null ? null : owner.userName(), "appId", appId,
                "app", owner == null ? null : owner.label(), "via", "reconcile");
    }
}
