package switchboard.calls;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallDao.StepRow;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.directory.SipUri;
import switchboard.plivo.CallXml;

/**
 * The call flow. Each webhook is one transaction that locks the call's row, so duplicates and
 * concurrent retries serialise; each XML answer is stored as a numbered step and handed back unchanged
 * when the same webhook comes again.
 */
public final class CallService {
    private final Jdbi jdbi;
    private final CallXml xml;
    private final CallObserver observer;
    private final Router router;

    public CallService(Jdbi jdbi, CallXml xml, CallObserver observer, Clock clock) {
        this.jdbi = jdbi;
        this.xml = xml;
        this.observer = observer;
        this.router = new Router(xml, clock);
    }

    /** Escalations of live calls, routed like every other step. */
    public CallEscalation escalation() {
        return new CallEscalation(jdbi, router, observer);
    }

    public String answer(Webhook.Call in) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallDao calls = db.calls();
            Optional<Line> line = db.directory().lineBySipUri(SipUri.normalize(in.to()));
            Optional<CallRow> created = calls.insertIfAbsent(in.callUuid(), line.map(Line::id).orElse(null),
                    in.from(), in.to(), in.callerName());
            CallRow call = created.isPresent() ? created.get() : calls.lock(in.callUuid()).orElseThrow();
            if (created.isEmpty()) {
                Optional<StepRow> first = calls.step(call.id(), 0);
                if (first.isPresent()) return first.get().xml(); // a retried answer
            }
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            if (line.isEmpty() || call.lineId() == null) {
                timeline.add("unknown-line", "unknown-line", "to", in.to(), "from", in.from());
                return Router.finish(calls, timeline, call.id(), 0, "hangup", null, xml.unknownLine(), null, null);
            }
            timeline.add("call-started", "started", "from", in.from(), "to", in.to(),
                    "lineId", line.get().id(), "line", line.get().name());
            return router.start(db, timeline, call, line.get());
        });
    }

    public String dialEnded(Webhook.DialEnded in) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallDao calls = db.calls();
            CallRow call = lockOrCreate(calls, in.call());
            int next = in.step() + 1;
            List<StepRow> steps = calls.steps(call.id(), in.step(), next);
            Optional<StepRow> done = steps.stream().filter(s -> s.step() == next).findFirst();
            if (done.isPresent()) return done.get().xml(); // a retried action
            Optional<StepRow> rang = steps.stream().filter(s -> s.step() == in.step()).findFirst();
            Optional<Line> line = Optional.ofNullable(call.lineId()).flatMap(db.directory()::lineById);
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            timeline.add("dial-ended", "dial-ended:" + in.step(), "step", in.step(),
                    "tier", rang.map(StepRow::tierPosition).orElse(null), "dialStatus", in.dialStatus(),
                    "hangupCause", in.hangupCause(), "bLegUuid", in.bLegUuid());
            OfferDao offers = db.offers();
            if (in.rangOut()) countMissed(offers, timeline, call.id(), in.step(), line);
            offers.end(call.id(), in.step(), null);
            if (in.conversationHappened()) {
                calls.markAnswered(call.id(), null, null);
                return Router.finish(calls, timeline, call.id(), next, "hangup", null, xml.hangup(), null, null);
            }
            return router.next(db, timeline, call, next, rang, line);
        });
    }

    public void dialEvent(Webhook.DialEvent in) {
        update(in.call(), (db, calls, call, timeline) -> {
            String action = in.action() == null ? "" : in.action().toLowerCase();
            Optional<DirectoryDao.AppOwner> app = action.equals("answer") || action.equals("hangup")
                    ? db.directory().appBySipUri(SipUri.normalize(in.bLegTo())) : Optional.empty();
            OfferDao offers = db.offers();
            if (action.equals("answer")) {
                calls.markAnswered(call.id(), app.map(DirectoryDao.AppOwner::userId).orElse(null),
                        app.map(DirectoryDao.AppOwner::appId).orElse(null));
                app.ifPresent(a -> {
                    offers.answered(call.id(), in.step(), a.userId(), OfferDao.TALKING_TTL_SECONDS);
                    offers.resetMissed(a.userId());
                });
                timeline.add("answered", "answered", "step", in.step(), "sipUri", in.bLegTo(),
                        "userId", app.map(DirectoryDao.AppOwner::userId).orElse(null),
                        "user", app.map(DirectoryDao.AppOwner::userName).orElse(null),
                        "appId", app.map(DirectoryDao.AppOwner::appId).orElse(null),
                        "app", app.map(DirectoryDao.AppOwner::label).orElse(null));
            } else if (action.equals("hangup")) {
                app.ifPresent(a -> offers.end(call.id(), in.step(), a.userId()));
                timeline.add("leg-ended", "leg-ended:" + in.step() + ":" + in.bLegUuid(), "step", in.step(),
                        "sipUri", in.bLegTo(), "durationSeconds", in.bLegDurationSeconds(),
                        "hangupCause", in.bLegHangupCause());
            }
        });
    }

    /** No-answer protection: users who let this Dial ring out count a miss; at the line's threshold, away. */
    private static void countMissed(OfferDao offers, Timeline timeline, long callId, int step, Optional<Line> line) {
        Integer threshold = line.map(Line::missedCallsBeforeAway).orElse(null);
        if (threshold == null) return;
        List<Long> rungOut = offers.unanswered(callId, step);
        if (rungOut.isEmpty()) return;
        for (OfferDao.MissedRow row : offers.countMissed(rungOut, threshold)) {
            if (row.wentAway()) {
                timeline.add("user-set-away", "away:" + step + ":" + row.id(), "userId", row.id(), "user", row.name(),
                        "reason", "missed-calls", "threshold", threshold);
            }
        }
    }

    /** Stores a voicemail from the Record action or callback, whichever comes first (or after the hangup). */
    public void recording(Webhook.Recording in) {
        update(in.call(), (db, calls, call, timeline) -> {
            if (in.isVoicemail()) {
                calls.recordVoicemail(call.id(), in.url(), in.recordingId(), in.durationSeconds());
                timeline.add("voicemail-recorded", "recording:" + (in.recordingId() == null ? in.url() : in.recordingId()),
                        "url", in.url(), "recordingId", in.recordingId(), "durationSeconds", in.durationSeconds(),
                        "via", in.via());
            } else {
                timeline.add("voicemail-empty", "voicemail-empty:" + in.via(), "via", in.via(),
                        "durationSeconds", in.durationSeconds());
            }
        });
    }

    public void hangup(Webhook.Hangup in) {
        update(in.call(), (db, calls, call, timeline) -> {
            calls.markEnded(call.id(), in.endedAt(), in.durationSeconds(), in.cause());
            db.offers().end(call.id(), null, null);
            timeline.add("hangup", "hangup", "durationSeconds", in.durationSeconds(), "hangupCause", in.cause(),
                    "hangupSource", in.source());
        });
    }

    public String afterRecording(Webhook.Recording in) {
        recording(in);
        return xml.afterRecording(in.isVoicemail());
    }

    /** A webhook that only records facts: one transaction on the locked call (created if we never saw it). */
    private void update(Webhook.Call in, CallUpdate update) {
        jdbi.useTransaction(h -> {
            Daos db = new Daos(h);
            CallDao calls = db.calls();
            CallRow call = lockOrCreate(calls, in);
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            update.apply(db, calls, call, timeline);
            timeline.save();
        });
    }

    private interface CallUpdate {
        void apply(Daos db, CallDao calls, CallRow call, Timeline timeline);
    }

    private static CallRow lockOrCreate(CallDao calls, Webhook.Call in) {
        Optional<CallRow> call = calls.lock(in.callUuid());
        if (call.isPresent()) return call.get();
        calls.insertFindingLine(in.callUuid(), in.from(), in.to(), SipUri.normalize(in.to()));
        return calls.lock(in.callUuid()).orElseThrow();
    }
}
