package switchboard.queue;

import io.javalin.http.Context;

/** GET /api/queue: the callers waiting now, per line. */
public record QueueApi(Queues queues) {
    public void show(Context ctx) {
        ctx.json(queues.now());
    }
}
