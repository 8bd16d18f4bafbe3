package switchboard.escalation;

import io.javalin.http.Context;
import java.util.Set;
import switchboard.json.Json;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.QueryParams;

/** POST /api/calls/{id}/escalate: {"tier": 3}, or {} (or no body) for the next tier. */
public record EscalationApi(Escalations escalations) {
    private static final int MAX_TIER = 1000;

    public void escalate(Context ctx) {
        long id = QueryParams.pathId(ctx);
        Integer tier = null;
        if (!ctx.body().isBlank()) {
            JsonBody body = JsonBody.parse(ctx, Set.of("tier"));
            tier = body.integer("tier", false, 1, MAX_TIER);
            body.validate();
        }
        Escalations.Escalation e = escalations.escalate(id, tier, ApiAuth.principal(ctx));
        ctx.json(Json.map("callId", e.callId(), "step", e.step(), "tier", e.tier()));
    }
}
