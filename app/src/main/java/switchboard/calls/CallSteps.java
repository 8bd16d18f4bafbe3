package switchboard.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import switchboard.calls.CallDao.CallRow;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.plivo.xml.CallXml;
import switchboard.routing.BusinessHours;
import switchboard.routing.DialPlan;
import switchboard.routing.LineRouting;
import switchboard.routing.Strategy;

/**
 * Records a call's numbered steps: asks {@link DialPlan} what comes next, then makes the offers, logs the skips
 * and rings, and stores the step's XML (the document a retried webhook gets back).
 */
public final class CallSteps {
    private static final int RING_GRACE_SECONDS = 30; // a reservation outlives its Dial's timeout by this much

    private final CallXml xml;
    private final Clock clock;
    private final Waiting waiting;
    private final List<LeadTiers> leads;
    private final LineOpening opening;

    public CallSteps(CallXml xml, Clock clock) {
        this(xml, clock, Waiting.NONE, List.of(), LineOpening.NONE);
    }

    /**
     * waiting: the caller queue (Waiting.NONE: none); leads: who rings before a line's tiers (owner, rota);
     * opening: what a line answers with before its tiers (a menu; LineOpening.NONE: nothing).
     */
    public CallSteps(CallXml xml, Clock clock, Waiting waiting, List<LeadTiers> leads, LineOpening opening) {
        this.xml = xml;
        this.clock = clock;
        this.waiting = waiting;
        this.leads = List.copyOf(leads);
        this.opening = opening;
    }

    /** Step 0 of a call to a known line. */
    String start(Daos db, Timeline timeline, CallRow call, Line line) {
        return enter(db, timeline, call, 0, line);
    }

    /** Step {@code step}: the call goes into {@code line} as if it had been dialled: closed, its opening (a menu), or its tiers. */
    public String enter(Daos db, Timeline timeline, CallRow call, int step, Line line) {
        if (BusinessHours.closedReason(DirectoryDao.rules(line), clock.instant()).isEmpty()) {
            Optional<String> opened = opening.open(db, timeline, call, step, line);
            if (opened.isPresent()) return opened.get();
        }
        return ringTiers(db, timeline, call, step, line);
    }

    /** Like {@link #enter} without the line's opening: closed, or its tiers. */
    public String ringTiers(Daos db, Timeline timeline, CallRow call, int step, Line line) {
        LineRouting routing = load(db, call, line);
        return record(db, timeline, call, step, DialPlan.start(routing, moment(call, step)), routing);
    }

    /** A message for {@code line}, offered for {@code reason} (a menu's voicemail option), with the line's prompt. */
    public String voicemail(Daos db, Timeline timeline, CallRow call, int step, Line line, String reason) {
        return voicemail(db, timeline, call, step, reason, prompt(LineRouting.simple(line.id(), line.name(),
                line.voicemailPrompt(), List.of())));
    }

    /** The step after {@code rang}; with no line or no record of what rang, straight to voicemail. */
    public String next(Daos db, Timeline timeline, CallRow call, int step, Optional<Step> rang, Optional<Line> line) {
        if (line.isPresent() && rang.isPresent() && Step.QUEUE_OFFER.equals(rang.get().kind())) {
            return waiting.afterOffer(this, db, timeline, call, step, line.get()); // back to waiting, keeping their place
        }
        if (line.isEmpty() || rang.isEmpty() || rang.get().tierPosition() == null) {
            LineRouting none = LineRouting.simple(0, line.map(Line::name).orElse(null), null, List.of());
            return record(db, timeline, call, step, new DialPlan.Decision(List.of(), new DialPlan.Voicemail("no-one-answered")), none);
        }
        LineRouting routing = load(db, call, line.get());
        Step from = rang.get();
        var position = new DialPlan.Position(from.tierPosition(), order(from.userOrder()),
                from.orderIndex() == null ? -1 : from.orderIndex());
        return record(db, timeline, call, step, DialPlan.after(routing, position, moment(call, step)), routing);
    }

    /** What an escalation rang: the tier and the step's XML. */
    public record Escalated(int tier, String xml) {}

    /**
     * An escalation as step {@code step}: the first tier after {@code fromTier} with someone to ring (only tier
     * {@code onlyTier}, when named). Its ring budget starts now, not when the call did. Empty: nobody to ring.
     */
    public Optional<Escalated> escalate(Daos db, Timeline timeline, CallRow call, int step, Line line, int fromTier,
                                        Integer onlyTier) {
        LineRouting routing = load(db, call, line);
        Instant now = clock.instant();
        DialPlan.Decision decision = DialPlan.after(routing, new DialPlan.Position(fromTier, List.of(), -1),
                new DialPlan.Moment(now, now, call.callUuid().hashCode() * 31L + step));
        if (!(decision.next() instanceof DialPlan.Ring ring)) return Optional.empty();
        if (onlyTier != null && ring.tier().position() != onlyTier) return Optional.empty();
        return Optional.of(new Escalated(ring.tier().position(), record(db, timeline, call, step, decision, routing)));
    }

    /** Stores the step with the webhook's timeline entries; returns its XML. */
    public static String store(Timeline timeline, Step step) {
        timeline.saveWith(step);
        return step.xml();
    }

    private String record(Daos db, Timeline timeline, CallRow call, int step, DialPlan.Decision decision, LineRouting routing) {
        for (DialPlan.Skip skip : decision.skipped()) {
            if (skip.userId() == null) {
                timeline.add(EntryType.TIER_SKIPPED, "skip:" + step + ":" + skip.tierPosition(), "step", step,
                        "tier", skip.tierPosition(), "reason", skip.reason());
                rotaTurnPassedOver(timeline, step, skip, routing);
            } else {
                timeline.add(EntryType.USER_SKIPPED, "uskip:" + step + ":" + skip.tierPosition() + ":" + skip.userId(), "step", step,
                        "tier", skip.tierPosition(), "userId", skip.userId(), "user", skip.userName(), "reason", skip.reason());
            }
        }
        if (decision.queueSkipped() != null) {
            timeline.add(EntryType.QUEUE_SKIPPED, "queue-skipped:" + step, "step", step, "reason", decision.queueSkipped());
        }
        if (decision.next() instanceof DialPlan.Ring ring) return ring(db, timeline, call, step, ring, Step.DIAL, 0);
        if (decision.next() instanceof DialPlan.Wait) return waiting.join(this, db, timeline, call, step, routing);
        String prompt = prompt(routing);
        if (decision.next() instanceof DialPlan.Closed closed) {
            timeline.add(EntryType.CLOSED, "closed", "reason", closed.reason());
            prompt = routing.rules().closedMessage() != null ? routing.rules().closedMessage()
                    : "Sorry, " + name(routing) + " is closed right now. Please leave a message after the beep.";
        }
        String reason = decision.next() instanceof DialPlan.Voicemail v ? v.reason() : "closed";
        return voicemail(db, timeline, call, step, reason, prompt);
    }

    /** Step {@code step} takes a message, saying {@code prompt}. */
    public String voicemail(Daos db, Timeline timeline, CallRow call, int step, String reason, String prompt) {
        db.calls().markVoicemailOffered(call.id());
        timeline.add(EntryType.VOICEMAIL_OFFERED, "voicemail-offered", "step", step, "reason", reason);
        return store(timeline, Step.voicemail(step, xml.voicemail(prompt)));
    }

    /**
     * Step {@code step} offers a waiting caller: a Dial like a tier's, logged as the queue's offer. holdSeconds: how
     * much longer than usual the users stay reserved (an offer made ahead of the caller fetching it).
     */
    public String offer(Daos db, Timeline timeline, CallRow call, int step, DialPlan.Ring ring, int holdSeconds) {
        return ring(db, timeline, call, step, ring, Step.QUEUE_OFFER, holdSeconds);
    }

    private String ring(Daos db, Timeline timeline, CallRow call, int step, DialPlan.Ring ring, String kind, int holdSeconds) {
        LineRouting.Tier tier = ring.tier();
        List<Long> userIds = ring.members().stream().map(LineRouting.Member::userId).toList();
        db.offers().offer(call.id(), step, userIds.toArray(Long[]::new), ring.timeoutSeconds() + RING_GRACE_SECONDS + holdSeconds);
        boolean firstOfTier = ring.index() <= 0;
        if (firstOfTier && tier.strategy().equals(Strategy.ROUND_ROBIN)) db.offers().rotate(call.routingLineId(), tier.position());
        timeline.add(kind.equals(Step.DIAL) ? ringing(tier) : EntryType.QUEUE_OFFERED, "ring:" + step, "step", step,
                "tier", tier.position(), "strategy", tier.strategy(),
                "timeoutSeconds", ring.timeoutSeconds(), "users", Timeline.users(ring.members()),
                "onTurn", tier.lead() == LineRouting.Lead.ROTA ? onTurn(tier) : null);
        List<String> sipUris = ring.members().stream().flatMap(m -> m.apps().stream()).map(LineRouting.MemberApp::sipUri).toList();
        String order = Strategy.ringsAll(tier.strategy()) ? null
                : ring.order().stream().map(String::valueOf).collect(Collectors.joining(","));
        String callerName = call.identityName() != null ? CallXml.callerName(call.identityName(), call.identityCompany())
                : call.callerName();
        String document = xml.ring(step, sipUris, ring.timeoutSeconds(), call.fromUri(), callerName);
        return store(timeline, new Step(step, kind, tier.position(), document, order, order == null ? null : ring.index()));
    }

    // The rota's turn: its entry names everyone on the turn, rung or not (the rest have user-skipped entries).

    /** Nobody on the rota's turn could be rung: the timeline still says rota-turn, who was on it and why. */
    private static void rotaTurnPassedOver(Timeline timeline, int step, DialPlan.Skip skip, LineRouting routing) {
        routing.tiers().stream().filter(t -> t.lead() == LineRouting.Lead.ROTA && t.position() == skip.tierPosition())
                .findFirst().ifPresent(t -> timeline.add(EntryType.ROTA_TURN, "rota:" + step, "step", step, "tier", t.position(),
                        "users", List.of(), "onTurn", onTurn(t), "reason", skip.reason()));
    }

    private static List<Object> onTurn(LineRouting.Tier tier) {
        return tier.members().stream().map(m -> (Object) switchboard.json.Json.map("userId", m.userId(), "name", m.name())).toList();
    }

    private static EntryType ringing(LineRouting.Tier tier) {
        if (tier.lead() == null) return EntryType.TIER_RINGING;
        return switch (tier.lead()) {
            case OWNER -> EntryType.OWNER_RINGING;
            case STICKY -> EntryType.STICKY_RINGING;
            case ROTA -> EntryType.ROTA_TURN;
        };
    }

    /**
     * The line's routing for this call: its lead tiers, every user it may offer locked first in one id order (then
     * everything read under the locks), and its waiting callers.
     */
    public LineRouting load(Daos db, CallRow call, Line line) {
        Instant now = clock.instant();
        ZoneId zone = line.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(line.timeZone());
        Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        List<LeadTiers.Request> asked = leads.stream().flatMap(l -> l.lead(db.handle(), call, line, now).stream()).toList();
        DirectoryDao directory = db.directory();
        Long[] others = asked.stream().flatMap(r -> r.userIds().stream()).distinct().toArray(Long[]::new);
        if (others.length == 0) directory.lockMembers(line.id());
        else directory.lockMembersAnd(line.id(), others);
        LineRouting routing = DirectoryDao.fold(line, directory.routingRows(line.id(), dayStart));
        if (!asked.isEmpty()) {
            Map<Long, LineRouting.Member> people = DirectoryDao.members(directory.memberRows(others, dayStart));
            routing = routing.withLeads(asked.stream().map(r -> r.lead().tier(r.userIds().stream().map(people::get)
                    .filter(Objects::nonNull).toList(), r.strategy(), r.ringTimeoutSeconds())).toList());
        }
        return line.queue().enabled() ? routing.withWaiting(waiting.callers(db, line.id())) : routing;
    }

    private DialPlan.Moment moment(CallRow call, int step) {
        Instant now = clock.instant();
        Instant started = call.ringingSince() == null || call.ringingSince().isAfter(now) ? now : call.ringingSince();
        return new DialPlan.Moment(now, started, call.callUuid().hashCode() * 31L + step);
    }

    private static List<Long> order(String userOrder) {
        if (userOrder == null || userOrder.isBlank()) return List.of();
        return java.util.Arrays.stream(userOrder.split(",")).map(Long::parseLong).toList();
    }

    public static String prompt(LineRouting routing) {
        String p = routing.voicemailPrompt();
        return p != null && !p.isBlank() ? p : CallXml.defaultPrompt(routing.lineName());
    }

    private static String name(LineRouting routing) {
        return routing.lineName() == null ? "this line" : routing.lineName();
    }
}
