package switchboard.calls;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallDao.StepRow;
import switchboard.directory.DirectoryDao;
import switchboard.directory.SipUri;
import switchboard.plivo.CallXml;
import switchboard.routing.DialPlan;
import switchboard.routing.LineRouting;

/**
 * The call flow. Each webhook is one transaction that locks the call's row, so duplicates and
 * concurrent retries serialise; each XML answer is stored as a numbered step and handed back unchanged
 * when the same webhook comes again.
 */
public final class CallService {
    private final Jdbi jdbi;
    private final CallXml xml;
    private final CallObserver observer;

    public CallService(Jdbi jdbi, CallXml xml, CallObserver observer) {
        this.jdbi = jdbi;
        this.xml = xml;
        this.observer = observer;
    }

    public String answer(Webhook.Call in) {
        return jdbi.inTransaction(h -> {
            CallDao calls = h.attach(CallDao.class);
            DirectoryDao directory = h.attach(DirectoryDao.class);
            Optional<DirectoryDao.Line> line = directory.lineBySipUri(SipUri.normalize(in.to()));
            Optional<Long> created = calls.insertIfAbsent(in.callUuid(), line.map(DirectoryDao.Line::id).orElse(null),
                    in.from(), in.to(), in.callerName());
            CallRow call = calls.lock(in.callUuid()).orElseThrow();
            if (created.isEmpty()) {
                Optional<StepRow> first = calls.step(call.id(), 0);
                if (first.isPresent()) return first.get().xml(); // a retried answer
            }
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            if (line.isEmpty() || call.lineId() == null) {
                timeline.add("unknown-line", "unknown-line", "to", in.to(), "from", in.from());
                return finish(calls, timeline, call.id(), 0, "hangup", null, xml.unknownLine());
            }
            timeline.add("call-started", "started", "from", in.from(), "to", in.to(),
                    "lineId", line.get().id(), "line", line.get().name());
            LineRouting routing = directory.routing(line.get());
            return advance(calls, timeline, call, 0, DialPlan.start(routing), routing);
        });
    }

    public String dialEnded(Webhook.DialEnded in) {
        return jdbi.inTransaction(h -> {
            CallDao calls = h.attach(CallDao.class);
            CallRow call = lockOrCreate(calls, in.call());
            int next = in.step() + 1;
            Optional<StepRow> done = calls.step(call.id(), next);
            if (done.isPresent()) return done.get().xml(); // a retried action
            Optional<StepRow> rang = calls.step(call.id(), in.step()).filter(s -> s.tierPosition() != null);
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            timeline.add("dial-ended", "dial-ended:" + in.step(), "step", in.step(),
                    "tier", rang.map(StepRow::tierPosition).orElse(null), "dialStatus", in.dialStatus(),
                    "hangupCause", in.hangupCause(), "bLegUuid", in.bLegUuid());
            if (in.conversationHappened()) {
                calls.markAnswered(call.id(), null, null);
                return finish(calls, timeline, call.id(), next, "hangup", null, xml.hangup());
            }
            DirectoryDao directory = h.attach(DirectoryDao.class);
            Optional<DirectoryDao.Line> line = Optional.ofNullable(call.lineId()).flatMap(directory::lineById);
            if (line.isEmpty() || rang.isEmpty()) { // lost track of the call: never leave the caller in silence
                LineRouting none = new LineRouting(0, line.map(DirectoryDao.Line::name).orElse(null), null, List.of());
                return advance(calls, timeline, call, next, DialPlan.start(none), none);
            }
            LineRouting routing = directory.routing(line.get());
            return advance(calls, timeline, call, next, DialPlan.after(routing, rang.get().tierPosition()), routing);
        });
    }

    public void dialEvent(Webhook.DialEvent in) {
        update(in.call(), (h, calls, call, timeline) -> {
            String action = in.action() == null ? "" : in.action().toLowerCase();
            if (action.equals("answer")) {
                Optional<DirectoryDao.AppOwner> app = h.attach(DirectoryDao.class).appBySipUri(SipUri.normalize(in.bLegTo()));
                calls.markAnswered(call.id(), app.map(DirectoryDao.AppOwner::userId).orElse(null),
                        app.map(DirectoryDao.AppOwner::appId).orElse(null));
                timeline.add("answered", "answered", "step", in.step(), "sipUri", in.bLegTo(),
                        "userId", app.map(DirectoryDao.AppOwner::userId).orElse(null),
                        "user", app.map(DirectoryDao.AppOwner::userName).orElse(null),
                        "appId", app.map(DirectoryDao.AppOwner::appId).orElse(null),
                        "app", app.map(DirectoryDao.AppOwner::label).orElse(null));
            } else if (action.equals("hangup")) {
                timeline.add("leg-ended", "leg-ended:" + in.step() + ":" + in.bLegUuid(), "step", in.step(),
                        "sipUri", in.bLegTo(), "durationSeconds", in.bLegDurationSeconds(),
                        "hangupCause", in.bLegHangupCause());
            }
        });
    }

    /** Stores a voicemail from the Record action or callback, whichever comes first (or after the hangup). */
    public void recording(Webhook.Recording in) {
        update(in.call(), (h, calls, call, timeline) -> {
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
        update(in.call(), (h, calls, call, timeline) -> {
            calls.markEnded(call.id(), in.endedAt(), in.durationSeconds(), in.cause());
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
            CallDao calls = h.attach(CallDao.class);
            CallRow call = lockOrCreate(calls, in);
            Timeline timeline = new Timeline(h, calls, observer, call.id());
            update.apply(h, calls, call, timeline);
            timeline.save();
        });
    }

    private interface CallUpdate {
        void apply(Handle h, CallDao calls, CallRow call, Timeline timeline);
    }

    private static CallRow lockOrCreate(CallDao calls, Webhook.Call in) {
        Optional<CallRow> call = calls.lock(in.callUuid());
        if (call.isPresent()) return call.get();
        calls.insertFindingLine(in.callUuid(), in.from(), in.to(), SipUri.normalize(in.to()));
        return calls.lock(in.callUuid()).orElseThrow();
    }

    /** Records the decision as step {@code step}: which tiers were skipped, then ring or voicemail. */
    private String advance(CallDao calls, Timeline timeline, CallRow call, int step, DialPlan.Decision decision,
                           LineRouting routing) {
        for (DialPlan.Skip skip : decision.skipped()) {
            timeline.add("tier-skipped", "skip:" + step + ":" + skip.tierPosition(), "step", step,
                    "tier", skip.tierPosition(), "reason", skip.reason());
        }
        if (decision.next() instanceof DialPlan.Ring ring) {
            LineRouting.Tier tier = ring.tier();
            timeline.add("tier-ringing", "ring:" + step, "step", step, "tier", tier.position(),
                    "timeoutSeconds", tier.ringTimeoutSeconds(), "users", Timeline.users(tier));
            return finish(calls, timeline, call.id(), step, "dial", tier.position(),
                    xml.ring(step, tier, call.fromUri(), call.callerName()));
        }
        calls.markVoicemailOffered(call.id());
        timeline.add("voicemail-offered", "voicemail-offered", "step", step);
        String prompt = routing.voicemailPrompt() != null && !routing.voicemailPrompt().isBlank()
                ? routing.voicemailPrompt() : CallXml.defaultPrompt(routing.lineName());
        return finish(calls, timeline, call.id(), step, "voicemail", null, xml.voicemail(prompt));
    }

    private static String finish(CallDao calls, Timeline timeline, long callId, int step, String kind,
                                 Integer tier, String document) {
        calls.addStep(callId, step, kind, tier, document);
        timeline.save();
        return document;
    }
}
