package switchboard.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallDao;
import switchboard.calls.CallFacts;
import switchboard.calls.CallObserver;
import switchboard.calls.Daos;
import switchboard.calls.Timeline;
import switchboard.directory.Line;
import switchboard.reconcile.Reconciliation.PlivoFacts;
import switchboard.reconcile.Reconciliation.Repair;
import switchboard.sip.SipUri;

/** Repairs one call in the caller's transaction, on the locked row, with the writes the lost webhooks would have made. */
final class CallRepair {
    private final Daos db;
    private final CallFacts facts;
    private final CallObserver observer;

    CallRepair(Handle handle, CallObserver observer) {
        this.db = new Daos(handle);
        this.facts = new CallFacts(db);
        this.observer = observer;
    }

    Optional<Reconciliation.Repaired> repair(String uuid, PlivoFacts plivo) {
        List<Repair> repairs = new ArrayList<>();
        Optional<CallDao.CallRow> known = db.calls().lock(uuid);
        Optional<Line> line = Optional.empty();
        if (known.isEmpty()) {
            // Only calls to our lines are ours: the account may carry other traffic.
            line = plivo.caller() == null ? Optional.empty() : db.directory().lineBySipUri(SipUri.normalize(plivo.caller().to()));
            if (line.isEmpty()) return Optional.empty();
            repairs.add(Repair.CREATED);
        }
        var c = plivo.caller();
        long id = known.isPresent() ? known.get().id()
                : facts.lockOrCreate(uuid, c.from(), c.to(), c.initiatedAt()).id();
        CallDao.CallState state = db.calls().state(id);
        Timeline timeline = db.timeline(id, observer);
        if (repairs.contains(Repair.CREATED)) facts.started(timeline, c.from(), c.to(), line, CallFacts.RECONCILED);
        if (state.answeredAt() == null && plivo.answered() != null) {
            var leg = plivo.answered();
            facts.answered(timeline, id, null, leg.to(), db.directory().appBySipUri(SipUri.normalize(leg.to())),
                    leg.answeredAt(), CallFacts.RECONCILED);
            repairs.add(Repair.ANSWERED);
        }
        if (state.endedAt() == null && c != null) {
            facts.ended(timeline, id, c.endedAt(), c.durationSeconds(), c.hangupCause(), c.hangupSource(), CallFacts.RECONCILED);
            repairs.add(Repair.CLOSED);
        }
        if (state.voicemailUrl() == null && plivo.recording() != null) {
            var r = plivo.recording();
            facts.voicemail(timeline, id, r.url(), r.id(), r.durationSeconds(), CallFacts.RECONCILED);
            repairs.add(Repair.VOICEMAIL);
        }
        timeline.save();
        return repairs.isEmpty() ? Optional.empty() : Optional.of(new Reconciliation.Repaired(id, uuid, List.copyOf(repairs)));
    }
}
