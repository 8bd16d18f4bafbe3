package switchboard.calls;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallDao.CallRow;
import switchboard.db.SqlErrors;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.plivo.xml.CallXml;
import switchboard.sip.SipUri;
import switchboard.web.LogText;

/**
 * The call flow. Each webhook is one transaction that locks the call's row, so duplicates and
 * concurrent retries serialise; each XML answer is stored as a numbered step and handed back unchanged
 * when the same webhook comes again.
 */
public final class CallFlow {
    private static final Logger log = LoggerFactory.getLogger(CallFlow.class);
    private final Jdbi jdbi;
    private final CallXml xml;
    private final CallObserver observer;
    private final CallSteps steps;
    private final Callers callers;

    public CallFlow(Jdbi jdbi, CallXml xml, CallObserver observer, CallSteps steps) {
        this(jdbi, xml, observer, steps, Callers.NONE);
    }

    public CallFlow(Jdbi jdbi, CallXml xml, CallObserver observer, CallSteps steps, Callers callers) {
        this.jdbi = jdbi;
        this.xml = xml;
        this.observer = observer;
        this.steps = steps;
        this.callers = callers;
    }

    public String answer(Incoming.Call in) {
        Callers.Caller caller = callers.identify(in.from()); // before the transaction: it may ask an outside service
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallDao calls = db.calls();
            Optional<Line> line = db.directory().lineBySipUri(SipUri.normalize(in.to()));
            Optional<CallRow> created = calls.insertIfAbsent(in.callUuid(), line.map(Line::id).orElse(null),
                    in.from(), in.to(), in.callerName(), caller);
            CallRow call = created.isPresent() ? created.get() : calls.lock(in.callUuid()).orElseThrow();
            if (created.isEmpty()) {
                Optional<Step> first = calls.step(call.id(), 0);
                if (first.isPresent()) return first.get().xml(); // a retried answer
            }
            Timeline timeline = db.timeline(call.id(), observer);
            if (call.endedAt() != null) return afterHangup(timeline, 0, "answer");
            if (line.isEmpty() || call.lineId() == null) {
                timeline.add(EntryType.UNKNOWN_LINE, "unknown-line", "to", in.to(), "from", in.from());
                return CallSteps.store(timeline, Step.hangup(0, xml.unknownLine()));
            }
            new CallFacts(db).started(timeline, in.from(), in.to(), line, null);
            identified(timeline, caller);
            return steps.start(db, timeline, call, line.get());
        });
    }

    public String dialEnded(Incoming.DialEnded in) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallDao calls = db.calls();
            CallRow call = lockOrCreate(db, in.call());
            int next = in.step() + 1;
            List<Step> known = calls.steps(call.id(), in.step(), next);
            Optional<Step> done = known.stream().filter(s -> s.number() == next).findFirst();
            if (done.isPresent()) return done.get().xml(); // a retried action
            Optional<Step> rang = known.stream().filter(s -> s.number() == in.step()).findFirst();
            Optional<Line> line = Optional.ofNullable(call.routingLineId()).flatMap(db.directory()::lineById);
            Timeline timeline = db.timeline(call.id(), observer);
            timeline.add(EntryType.DIAL_ENDED, "dial-ended:" + in.step(), "step", in.step(),
                    "tier", rang.map(Step::tierPosition).orElse(null), "dialStatus", in.dialStatus(),
                    "hangupCause", in.hangupCause(), "bLegUuid", in.bLegUuid());
            OfferDao offers = db.offers();
            if (in.rangOut()) countMissed(offers, timeline, call.id(), in.step(), line);
            offers.end(call.id(), in.step(), null);
            if (in.conversationHappened()) {
                calls.markAnswered(call.id(), null, null, null);
                return CallSteps.store(timeline, Step.hangup(next, xml.hangup()));
            }
            if (call.endedAt() != null || in.callerGone()) return afterHangup(timeline, next, "dial-action");
            return steps.next(db, timeline, call, next, rang, line);
        });
    }

    /** Plivo asks what next for a call whose hangup we already have (reordered webhooks): ring nobody, reserve nobody. */
    private String afterHangup(Timeline timeline, int step, String webhook) {
        timeline.add(EntryType.AFTER_HANGUP, "after-hangup:" + step, "webhook", webhook, "step", step);
        return CallSteps.store(timeline, Step.hangup(step, xml.hangup()));
    }

    /**
     * After a webhook's work failed for a reason of its own (not the database being down: that would only make the
     * caller wait longer): the call's row at least, and whether we sent the caller to voicemail instead, in a
     * transaction of its own, so the log keeps the call; the recording and hangup complete it.
     */
    public void keepRecord(Incoming.Call in, boolean toVoicemail, RuntimeException failure) {
        if (SqlErrors.unreachable(failure)) return;
        try {
            jdbi.useTransaction(h -> {
                Daos db = new Daos(h);
                CallRow call = lockOrCreate(db, in);
                if (!toVoicemail) return;
                db.calls().markVoicemailOffered(call.id());
                Timeline timeline = db.timeline(call.id(), observer);
                timeline.add(EntryType.VOICEMAIL_OFFERED, "voicemail-offered", "reason", "error");
                timeline.save();
            });
        } catch (RuntimeException e) {
            log.error("call {}: not even its record could be kept: {}", LogText.of(in.callUuid()), LogText.of(e));
        }
    }

    public void dialLeg(Incoming.DialLeg in) {
        update(in.call(), (db, call, timeline) -> {
            String action = in.action() == null ? "" : in.action().toLowerCase();
            Optional<DirectoryDao.AppOwner> app = action.equals("answer") || action.equals("hangup")
                    ? db.directory().appBySipUri(SipUri.normalize(in.bLegTo())) : Optional.empty();
            OfferDao offers = db.offers();
            if (action.equals("answer")) {
                new CallFacts(db).answered(timeline, call.id(), in.step(), in.bLegTo(), app, null, null);
                app.ifPresent(a -> {
                    offers.answered(call.id(), in.step(), a.userId(), OfferDao.TALKING_TTL_SECONDS);
                    offers.resetMissed(a.userId());
                });
            } else if (action.equals("hangup")) {
                app.ifPresent(a -> offers.end(call.id(), in.step(), a.userId()));
                timeline.add(EntryType.LEG_ENDED, "leg-ended:" + in.step() + ":" + in.bLegUuid(), "step", in.step(),
                        "sipUri", in.bLegTo(), "durationSeconds", in.bLegDurationSeconds(),
                        "hangupCause", in.bLegHangupCause());
            }
        });
    }

    private static void identified(Timeline timeline, Callers.Caller caller) {
        if (caller.known()) {
            timeline.add(EntryType.CALLER_IDENTIFIED, "caller-identified", "source", caller.source(), "contactId",
                    caller.contactId(), "name", caller.name(), "company", caller.company(), "url", caller.url());
        }
        if (caller.lookupFailure() != null) {
            timeline.add(EntryType.LOOKUP_FAILED, "lookup-failed", "number", caller.number(), "reason", caller.lookupFailure());
        }
    }

    /** No-answer protection: users who let this Dial ring out count a miss; at the line's threshold, away. */
    private static void countMissed(OfferDao offers, Timeline timeline, long callId, int step, Optional<Line> line) {
        Integer threshold = line.map(Line::missedCallsBeforeAway).orElse(null);
        if (threshold == null) return;
        List<Long> rungOut = offers.unanswered(callId, step);
        if (rungOut.isEmpty()) return;
        for (OfferDao.MissedRow row : offers.countMissed(rungOut, threshold)) {
            if (row.wentAway()) {
                timeline.add(EntryType.USER_SET_AWAY, "away:" + step + ":" + row.id(), "userId", row.id(), "user", row.name(),
                        "reason", "missed-calls", "threshold", threshold);
            }
        }
    }

    /** Stores a voicemail from the Record action or callback, whichever comes first (or after the hangup). */
    public void recording(Incoming.Recording in) {
        update(in.call(), (db, call, timeline) -> {
            if (in.isVoicemail()) {
                new CallFacts(db).voicemail(timeline, call.id(), in.url(), in.recordingId(), in.durationSeconds(), in.via());
            } else {
                timeline.add(EntryType.VOICEMAIL_EMPTY, "voicemail-empty:" + in.via(), "via", in.via(),
                        "durationSeconds", in.durationSeconds());
            }
        });
    }

    public void hangup(Incoming.Hangup in) {
        update(in.call(), (db, call, timeline) -> new CallFacts(db).ended(timeline, call.id(), in.endedAt(),
                in.durationSeconds(), in.cause(), in.source(), null));
    }

    public String afterRecording(Incoming.Recording in) {
        recording(in);
        return xml.afterRecording(in.isVoicemail());
    }

    /** A webhook that only records facts: one transaction on the locked call (created if we never saw it). */
    private void update(Incoming.Call in, CallUpdate update) {
        jdbi.useTransaction(h -> {
            Daos db = new Daos(h);
            CallRow call = lockOrCreate(db, in);
            Timeline timeline = db.timeline(call.id(), observer);
            update.apply(db, call, timeline);
            timeline.save();
        });
    }

    private interface CallUpdate {
        void apply(Daos db, CallRow call, Timeline timeline);
    }

    private static CallRow lockOrCreate(Daos db, Incoming.Call in) {
        return new CallFacts(db).lockOrCreate(in.callUuid(), in.from(), in.to(), null);
    }
}
