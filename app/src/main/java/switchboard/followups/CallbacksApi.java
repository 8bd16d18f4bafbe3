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
        Callbacks.Draft draft = draft(JsonBody.parse(ctx, DRAFT));
        ctx.status(201).json(callbacks.create(draft, ApiAuth.principal(ctx)));
    }

    /** PATCH changes only what is given; "assigneeId": null unassigns. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        ctx.json(callbacks.update(id, change(JsonBody.parse(ctx, CHANGE)), ApiAuth.principal(ctx)));
    }

    public void addNote(Context ctx) {
        long id = QueryParams.pathId(ctx);
        ctx.status(201).json(callbacks.addNote(id, note(JsonBody.parse(ctx, NOTE)), ApiAuth.principal(ctx)));
    }

    // The readers of the request bodies, shared with the dashboard's forms (CallbacksPage): one copy of each rule.
    static final Set<String> DRAFT = Set.of("lineId", "from", "assigneeId", "note");
    static final Set<String> CHANGE = Set.of("status", "assigneeId");
    static final Set<String> NOTE = Set.of("text");

    static Callbacks.Draft draft(JsonBody body) {
        Long lineId = body.id("lineId", true);
        String from = body.text("from", true, 255);
        Long assigneeId = body.id("assigneeId", false);
        String note = body.text("note", false, MAX_TEXT);
        body.validate();
        return new Callbacks.Draft(lineId, from, assigneeId, note);
    }

    static Callbacks.Change change(JsonBody body) {
        String status = body.has("status") ? body.oneOf("status", true, Wire.names(CallbackStatus.class)) : null;
        Long assigneeId = body.id("assigneeId", false);
        body.validate();
        return new Callbacks.Change(status, body.has("assigneeId"), assigneeId);
    }

    static String note(JsonBody body) {
        String text = body.text("text", true, MAX_TEXT);
        body.validate();
        return text;
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
