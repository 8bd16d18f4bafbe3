package switchboard.escalation;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.calls.CallDao;
import switchboard.calls.CallObserver;
import switchboard.calls.CallStatus;
import switchboard.calls.CallSteps;
import switchboard.calls.Daos;
import switchboard.calls.EntryType;
import switchboard.calls.Timeline;
import switchboard.db.SharedDaos;
import switchboard.directory.Line;
import switchboard.errors.Conflict;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;
import switchboard.errors.Unavailable;
import switchboard.errors.UpstreamFailed;
import switchboard.plivoapi.LiveCalls;
import switchboard.plivoapi.PlivoApiError;

/**
 * "Escalate to a manager": the caller of a live call is sent on to the next tier (or a named one). Recorded like any
 * routing decision, as the call's next step, then Plivo's live-call transfer moves the caller's leg to that step's URL;
 * Plivo fetching it twice gets the same XML.
 */
public final class Escalations {
    private final Jdbi jdbi;
    private final CallSteps steps;
    private final CallObserver observer;
    private final Optional<LiveCalls> plivo;
    private final String publicUrl;

    /** The step an escalation recorded: Plivo is pointed at its XML. */
    public record Escalation(long callId, String callUuid, int step, int tier, String xml) {}

    public Escalations(Jdbi jdbi, CallSteps steps, CallObserver observer, Optional<LiveCalls> plivo, String publicUrl) {
        this.jdbi = jdbi;
        this.steps = steps;
        this.observer = observer;
        this.plivo = plivo;
        this.publicUrl = publicUrl;
    }

    /** {@code tier}: the one to ring, or null for the next with someone to ring. */
    public Escalation escalate(long callId, Integer tier, Principal by) {
        EscalationDao.Answered answered = SharedDaos.with(jdbi, EscalationDao.class, dao -> dao.answered(callId))
                .orElse(null);
        Rules.requireAnswerer(by, callId, answered == null ? null : answered.userId());
        if (answered == null) throw NotFound.of("call", callId);
        if (tier != null) requireTier(answered, tier);
        LiveCalls transfers = plivo.orElseThrow(() -> new Unavailable(
                "escalation needs Plivo's REST API: set PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN"));
        return record(callId, tier, by.name(), e -> transfer(transfers, e));
    }

    private void requireTier(EscalationDao.Answered call, int tier) {
        List<Integer> tiers = call.lineId() == null ? List.of()
                : SharedDaos.with(jdbi, EscalationDao.class, dao -> dao.tierPositions(call.lineId()));
        if (!tiers.contains(tier)) {
            throw InvalidInput.field("tier", "line " + call.lineName() + " has no tier " + tier + " (its tiers: " + tiers + ")");
        }
    }

    /**
     * Records the escalation on the locked call; {@code transfer} moves the caller to it before the commit, so a
     * failed transfer records nothing, and Plivo fetching the step at once waits for the commit on the row lock.
     */
    private Escalation record(long callId, Integer tier, String by, java.util.function.Consumer<Escalation> transfer) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            EscalationDao dao = SharedDaos.of(h, EscalationDao.class);
            CallDao.CallRow call = dao.lockById(callId).orElseThrow(() -> NotFound.of("call", callId));
            String status = dao.status(callId);
            if (!CallStatus.IN_PROGRESS.is(status)) {
                throw new Conflict("call " + callId + " is " + status + ", not live: only a call in progress can be escalated");
            }
            Line line = Optional.ofNullable(call.routingLineId()).flatMap(db.directory()::lineById)
                    .orElseThrow(() -> new Conflict("call " + callId + "'s line no longer exists"));
            int from = dao.lastTierRung(callId).orElse(0);
            int step = dao.lastStep(callId) + 1;
            Timeline timeline = db.timeline(callId, observer);
            timeline.add(EntryType.ESCALATED, "escalated:" + step, "step", step, "fromTier", from, "toTier", tier, "by", by);
            CallSteps.Escalated rung = steps.escalate(db, timeline, call, step, line, tier == null ? from : tier - 1, tier)
                    .orElseThrow(() -> new Conflict(tier == null ? "nobody in a tier after tier " + from
                            + " can take call " + callId + " now" : "nobody in tier " + tier + " can take call " + callId + " now"));
            Escalation escalation = new Escalation(callId, call.callUuid(), step, rung.tier(), rung.xml());
            transfer.accept(escalation);
            return escalation;
        });
    }

    /** Points the caller's leg at the step's URL; Plivo fetches it there (signed, like every webhook). */
    private void transfer(LiveCalls transfers, Escalation e) {
        try {
            transfers.transfer(e.callUuid(), publicUrl + "/plivo/calls/" + e.callId() + "/escalated/" + e.step());
        } catch (PlivoApiError error) {
            switch (error.kind()) {
                case NOT_FOUND -> throw new Conflict("call " + e.callId() + " is no longer live on Plivo");
                case TIMEOUT -> throw new UpstreamFailed(error.getMessage(), true);
                default -> throw new UpstreamFailed(error.getMessage(), false);
            }
        }
    }

    /** What Plivo plays when it fetches an escalation: the stored step, once the escalation has committed. */
    public Optional<String> step(long callId, String callUuid, int step) {
        return jdbi.inTransaction(h -> {
            SharedDaos.of(h, CallDao.class).lock(callUuid); // waits for an escalation still committing
            return SharedDaos.of(h, EscalationDao.class).stepXml(callId, callUuid, step);
        });
    }
}
