package switchboard.plivoapi;

import com.plivo.api.models.call.Call;
import com.plivo.api.models.call.LegSpecifier;
import io.javalin.http.BadGatewayResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.GatewayTimeoutResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.Invalid;
import switchboard.calls.CallEscalation;
import switchboard.calls.CallEscalation.Escalation;
import switchboard.calls.CallLogDao;
import switchboard.directory.LineDao;

/**
 * "Escalate to a manager": the caller of a live call is sent on to the next tier (or a named one) through
 * Plivo's live-call transfer of the caller's leg (the A leg) to the escalation's XML.
 */
public final class Escalations {
    private final Jdbi jdbi;
    private final CallEscalation calls;
    private final Optional<PlivoConnection> plivo;
    private final String publicUrl;

    public Escalations(Jdbi jdbi, CallEscalation calls, Optional<PlivoConnection> plivo, String publicUrl) {
        this.jdbi = jdbi;
        this.calls = calls;
        this.plivo = plivo;
        this.publicUrl = publicUrl;
    }

    /** {@code keyUser}: the user of a user key (who must be the one who answered), empty for an admin key. */
    public Escalation escalate(long callId, Integer tier, Optional<Long> keyUser, String by) {
        Optional<CallLogDao.CallEntry> call = jdbi.withExtension(CallLogDao.class, dao -> dao.byId(callId));
        if (keyUser.isPresent() && !call.map(CallLogDao.CallEntry::answeredUserId).equals(keyUser)) {
            throw new ForbiddenResponse("only an admin key or the key of the user who answered call " + callId + " may escalate it");
        }
        if (call.isEmpty()) throw new NotFoundResponse("no call " + callId);
        if (tier != null) requireTier(call.get(), tier);
        PlivoConnection connection = plivo.orElseThrow(() -> new ServiceUnavailableResponse(
                "escalation needs Plivo's REST API: set PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN"));
        return calls.escalate(callId, tier, by, e -> transfer(connection, e));
    }

    private void requireTier(CallLogDao.CallEntry call, int tier) {
        List<Integer> tiers = call.lineId() == null ? List.of() : jdbi.withExtension(LineDao.class,
                dao -> dao.tierRows(call.lineId()).stream().map(LineDao.TierRow::position).distinct().toList());
        if (!tiers.contains(tier)) {
            throw Invalid.field("tier", "line " + call.lineName() + " has no tier " + tier + " (its tiers: " + tiers + ")");
        }
    }

    /** Points the caller's leg at the step's URL; Plivo fetches it there (signed, like every webhook). */
    private void transfer(PlivoConnection connection, Escalation e) {
        String url = publicUrl + "/plivo/calls/" + e.callId() + "/escalated/" + e.step();
        try {
            connection.request("transferring call " + e.callUuid(), c -> Call.updater(e.callUuid()).legs(LegSpecifier.ALEG)
                    .alegUrl(url).alegMethod("POST").client(c).update());
        } catch (PlivoApiError error) {
            switch (error.kind()) {
                case NOT_FOUND -> throw new ConflictResponse("call " + e.callId() + " is no longer live on Plivo");
                case TIMEOUT -> throw new GatewayTimeoutResponse(error.getMessage());
                default -> throw new BadGatewayResponse(error.getMessage());
            }
        }
    }
}
