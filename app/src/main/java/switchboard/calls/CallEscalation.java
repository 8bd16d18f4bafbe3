package switchboard.calls;

import io.javalin.http.ConflictResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;

/**
 * Escalation of a live call: the user on it sends the caller on to the next tier (or a named one). Recorded
 * like any routing decision, as the call's next step, so Plivo fetching it twice gets the same XML.
 * Made by {@link CallService#escalation()}, sharing its router.
 */
public record CallEscalation(Jdbi jdbi, Router router, CallObserver observer) {

    /** The step an escalation recorded: Plivo is pointed at its XML. */
    public record Escalation(long callId, String callUuid, int step, int tier, String xml) {}

    /**
     * Records the escalation on the locked call; {@code transfer} moves the caller to it before the commit, so a
     * failed transfer records nothing, and Plivo fetching the step at once waits for the commit on the row lock.
     */
    public Escalation escalate(long callId, Integer tier, String by, Consumer<Escalation> transfer) {
        return jdbi.inTransaction(h -> {
            EscalationDao dao = h.attach(EscalationDao.class);
            CallDao.CallRow call = dao.lockById(callId).orElseThrow(() -> new NotFoundResponse("no call " + callId));
            String status = dao.status(callId);
            if (!status.equals("in-progress")) {
                throw new ConflictResponse("call " + callId + " is " + status + ", not live: only a call in progress can be escalated");
            }
            Line line = Optional.ofNullable(call.lineId()).flatMap(h.attach(DirectoryDao.class)::lineById)
                    .orElseThrow(() -> new ConflictResponse("call " + callId + "'s line no longer exists"));
            int from = dao.lastTierRung(callId).orElse(0);
            int step = dao.lastStep(callId) + 1;
            Timeline timeline = new Timeline(h, h.attach(CallDao.class), observer, callId);
            timeline.add("escalated", "escalated:" + step, "step", step, "fromTier", from, "toTier", tier, "by", by);
            Router.Escalated rung = router.escalate(new Daos(h), timeline, call, step, line, tier == null ? from : tier - 1, tier)
                    .orElseThrow(() -> new ConflictResponse(tier == null ? "nobody in a tier after tier " + from
                            + " can take call " + callId + " now" : "nobody in tier " + tier + " can take call " + callId + " now"));
            Escalation escalation = new Escalation(callId, call.callUuid(), step, rung.tier(), rung.xml());
            transfer.accept(escalation);
            return escalation;
        });
    }

    /** What Plivo plays when it fetches an escalation: the stored step, once the escalation has committed. */
    public Optional<String> step(long callId, String callUuid, int step) {
        return jdbi.inTransaction(h -> {
            h.attach(CallDao.class).lock(callUuid); // waits for an escalation still committing
            return h.attach(EscalationDao.class).stepXml(callId, callUuid, step);
        });
    }
}
