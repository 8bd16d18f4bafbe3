package switchboard.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallLogDao;

/** GET /api/calls and GET /api/calls/{id}. */
public final class CallsApi {
    static final Set<String> STATUSES =
            Set.of("ringing", "in-progress", "in-voicemail", "answered", "voicemail", "missed", "rejected");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final Jdbi jdbi;

    public CallsApi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void list(Context ctx) {
        String status = ctx.queryParam("status");
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestResponse("status must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        var filter = new CallLogDao.Filter(QueryParams.optionalLong(ctx, "lineId"), status, ctx.queryParam("callUuid"));
        int limit = QueryParams.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        Long before = Cursor.decode(ctx.queryParam("cursor"));
        List<CallLogDao.CallEntry> rows = jdbi.withExtension(CallLogDao.class, dao -> dao.page(filter, before, limit + 1));
        List<CallView> items = rows.stream().limit(limit).map(c -> CallView.of(c, null)).toList();
        String next = rows.size() > limit ? Cursor.encode(items.get(items.size() - 1).id()) : null;
        ctx.json(new Page<>(items, next));
    }

    public void get(Context ctx) {
        long id = QueryParams.pathId(ctx);
        CallView view = jdbi.withExtension(CallLogDao.class, dao -> dao.byId(id)
                        .map(c -> CallView.of(c, dao.events(id))))
                .orElseThrow(() -> new NotFoundResponse("no call " + id));
        ctx.json(view);
    }
}
