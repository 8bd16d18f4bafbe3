package switchboard.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallDao.StepRow;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.plivo.CallXml;
import switchboard.routing.DialPlan;
import switchboard.routing.LineRouting;
import switchboard.routing.Strategy;

/** Turns routing decisions into stored steps: offers made, skips and rings logged, the XML to return. */
final class Router {
    private static final int RING_GRACE_SECONDS = 30; // a reservation outlives its Dial's timeout by this much

    private final CallXml xml;
    private final Clock clock;

    Router(CallXml xml, Clock clock) {
        this.xml = xml;
        this.clock = clock;
    }

    /** Step 0 of a call to a known line. */
    String start(Handle h, Timeline timeline, CallRow call, Line line) {
        LineRouting routing = load(h, line);
        return record(h, timeline, call, 0, DialPlan.start(routing, moment(call, 0)), routing);
    }

    /** The step after {@code rang}; with no line or no record of what rang, straight to voicemail. */
    String next(Handle h, Timeline timeline, CallRow call, int step, Optional<StepRow> rang, Optional<Line> line) {
        if (line.isEmpty() || rang.isEmpty() || rang.get().tierPosition() == null) {
            LineRouting none = LineRouting.simple(0, line.map(Line::name).orElse(null), null, List.of());
            return record(h, timeline, call, step, new DialPlan.Decision(List.of(), new DialPlan.Voicemail("no-one-answered")), none);
        }
        LineRouting routing = load(h, line.get());
        StepRow from = rang.get();
        var position = new DialPlan.Position(from.tierPosition(), order(from.userOrder()),
                from.orderIndex() == null ? -1 : from.orderIndex());
        return record(h, timeline, call, step, DialPlan.after(routing, position, moment(call, step)), routing);
    }

    private String record(Handle h, Timeline timeline, CallRow call, int step, DialPlan.Decision decision, LineRouting routing) {
        CallDao calls = h.attach(CallDao.class);
        for (DialPlan.Skip skip : decision.skipped()) {
            if (skip.userId() == null) {
                timeline.add("tier-skipped", "skip:" + step + ":" + skip.tierPosition(), "step", step,
                        "tier", skip.tierPosition(), "reason", skip.reason());
            } else {
                timeline.add("user-skipped", "uskip:" + step + ":" + skip.tierPosition() + ":" + skip.userId(), "step", step,
                        "tier", skip.tierPosition(), "userId", skip.userId(), "user", skip.userName(), "reason", skip.reason());
            }
        }
        if (decision.next() instanceof DialPlan.Ring ring) return ring(h, timeline, call, step, ring);
        String prompt = prompt(routing);
        if (decision.next() instanceof DialPlan.Closed closed) {
            timeline.add("closed", "closed", "reason", closed.reason());
            prompt = routing.rules().closedMessage() != null ? routing.rules().closedMessage()
                    : "Sorry, " + name(routing) + " is closed right now. Please leave a message after the beep.";
        }
        String reason = decision.next() instanceof DialPlan.Voicemail v ? v.reason() : "closed";
        calls.markVoicemailOffered(call.id());
        timeline.add("voicemail-offered", "voicemail-offered", "step", step, "reason", reason);
        return finish(calls, timeline, call.id(), step, "voicemail", null, xml.voicemail(prompt), null, null);
    }

    private String ring(Handle h, Timeline timeline, CallRow call, int step, DialPlan.Ring ring) {
        LineRouting.Tier tier = ring.tier();
        List<Long> userIds = ring.members().stream().map(LineRouting.Member::userId).toList();
        h.attach(OfferDao.class).offer(call.id(), step, userIds, ring.timeoutSeconds() + RING_GRACE_SECONDS);
        boolean firstOfTier = ring.index() <= 0;
        if (firstOfTier && tier.strategy().equals("round-robin")) h.attach(OfferDao.class).rotate(call.lineId(), tier.position());
        timeline.add("tier-ringing", "ring:" + step, "step", step, "tier", tier.position(), "strategy", tier.strategy(),
                "timeoutSeconds", ring.timeoutSeconds(), "users", Timeline.users(ring.members()));
        List<LineRouting.App> apps = ring.members().stream().flatMap(m -> m.apps().stream()).toList();
        String order = Strategy.ringsAll(tier.strategy()) ? null
                : ring.order().stream().map(String::valueOf).collect(Collectors.joining(","));
        return finish(h.attach(CallDao.class), timeline, call.id(), step, "dial", tier.position(),
                xml.ring(step, apps, ring.timeoutSeconds(), call.fromUri(), call.callerName()), order,
                order == null ? null : ring.index());
    }

    static String finish(CallDao calls, Timeline timeline, long callId, int step, String kind, Integer tier,
                         String document, String userOrder, Integer orderIndex) {
        calls.addStep(callId, step, kind, tier, document, userOrder, orderIndex);
        timeline.save();
        return document;
    }

    private LineRouting load(Handle h, Line line) {
        ZoneId zone = line.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(line.timeZone());
        Instant dayStart = clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return h.attach(DirectoryDao.class).routing(line, dayStart);
    }

    private DialPlan.Moment moment(CallRow call, int step) {
        Instant now = clock.instant();
        Instant started = call.startedAt() == null || call.startedAt().isAfter(now) ? now : call.startedAt();
        return new DialPlan.Moment(now, started, call.callUuid().hashCode() * 31L + step);
    }

    private static List<Long> order(String userOrder) {
        if (userOrder == null || userOrder.isBlank()) return List.of();
        return java.util.Arrays.stream(userOrder.split(",")).map(Long::parseLong).toList();
    }

    private static String prompt(LineRouting routing) {
        String p = routing.voicemailPrompt();
        return p != null && !p.isBlank() ? p : CallXml.defaultPrompt(routing.lineName());
    }

    private static String name(LineRouting routing) {
        return routing.lineName() == null ? "this line" : routing.lineName();
    }
}
