package switchboard;

import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

/** GET /health: 200 when the database answers, 503 when it does not. */
final class Health {
    private final Jdbi jdbi;

    Health(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void check(Context ctx) {
        try {
            jdbi.useHandle(h -> h.execute("select 1"));
            ctx.json(Json.map("status", "ok"));
        } catch (RuntimeException e) {
            ctx.status(503).json(Json.map("status", "unavailable", "error", "database unreachable"));
        }
    }
}
