package switchboard.followups;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Set;
import switchboard.json.Wire;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/callbacks: list, read, create by hand, change status or assignee, append notes. */
public final class CallbacksApi {
    private static final int MAX_TEXT = 4000;
    private final Callbacks callbacks;

    public CallbacksApi(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(callbacks.list(filter(ctx), paging.afterId(), paging.fetch()), Callback::id));
    }

    public void get(Context ctx) {
        ctx.json(callbacks.get(QueryParams.pathId(ctx)));
    }

    public void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx, Set.of("lineId", "from", "assigneeId", "note"));
        Long lineId = body.id("lineId", true);
        String from = body.text("from", true, 255);
        Long assigneeId = body.id("assigneeId", false);
        String note = body.text("note", false, MAX_TEXT);
        body.validate();
        Callbacks.Draft draft = new Callbacks.Draft(lineId, from, assigneeId, note);
        ctx.status(201).json(callbacks.create(draft, ApiAuth.principal(ctx)));
    }

    /** PATCH changes only what is given; "assigneeId": null unassigns. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, Set.of("status", "assigneeId"));
        String status = body.has("status") ? body.oneOf("status", true, Wire.names(CallbackStatus.class)) : null;
        Long assigneeId = body.id("assigneeId", false);
        body.validate();
        Callbacks.Change change = new Callbacks.Change(status, body.has("assigneeId"), assigneeId);
        ctx.json(callbacks.update(id, change, ApiAuth.principal(ctx)));
    }

    public void addNote(Context ctx) {
        long id = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, Set.of("text"));
        String text = body.text("text", true, MAX_TEXT);
        body.validate();
        ctx.status(201).json(callbacks.addNote(id, text, ApiAuth.principal(ctx)));
    }

    /** ?status=, ?lineId=, ?from= (the caller), ?assigneeId= a user id or "none" for unassigned. */
    private static CallbackDao.Filter filter(Context ctx) {
        String status = ctx.queryParam("status");
        if (status != null && Wire.of(CallbackStatus.class, status).isEmpty()) {
            throw new BadRequestResponse("status must be one of " + Wire.listed(CallbackStatus.class));
        }
        boolean unassigned = "none".equals(ctx.queryParam("assigneeId"));
        Long assigneeId = unassigned ? null : QueryParams.optionalLong(ctx, "assigneeId");
        return new CallbackDao.Filter(status, assigneeId, unassigned, QueryParams.optionalLong(ctx, "lineId"),
                ctx.queryParam("from"));
    }
}
