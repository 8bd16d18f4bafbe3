package switchboard.web;

import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.json.Json;

/** GET /health: 200 when the database answers, 503 when it does not. */
public final class Health {
    private final Jdbi jdbi;

    public Health(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void check(Context ctx) {
        try {
            SharedDaos.with(jdbi, HealthDao.class, HealthDao::ping);
            ctx.json(Json.map("status", "ok"));
        } catch (RuntimeException e) {
            ctx.status(503).header("Retry-After", Integer.toString(ApiErrors.DATABASE_RETRY_AFTER_SECONDS))
                    .json(Json.map("status", "unavailable", "error", "database unreachable"));
        }
    }
}
