package switchboard.calls;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import switchboard.json.Wire;
import switchboard.web.Csv;
import switchboard.web.Cursor;
import switchboard.web.Page;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** GET /api/calls (JSON pages, or all of it as CSV) and GET /api/calls/{id}. */
public final class CallsApi {
    private final CallLog log;

    public CallsApi(CallLog log) {
        this.log = log;
    }

    public void list(Context ctx) {
        CallLogDao.Filter filter = filter(ctx);
        int limit = QueryParams.limit(ctx, Paging.DEFAULT_LIMIT, Paging.MAX_LIMIT);
        Long before = Cursor.decode(ctx.queryParam("cursor"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) {
            csv(ctx, log, filter);
            return;
        }
        List<CallLogDao.CallEntry> rows = log.page(filter, before, limit + 1);
        List<CallView> items = rows.stream().limit(limit).map(c -> CallView.of(c, null)).toList();
        String next = rows.size() > limit ? Cursor.encode(items.get(items.size() - 1).id()) : null;
        ctx.json(new Page<>(items, next));
    }

    public void get(Context ctx) {
        ctx.json(log.get(QueryParams.pathId(ctx)));
    }

    /** Every matching call, streamed as it is read; the dashboard's history exports the same way. */
    static void csv(Context ctx, CallLog log, CallLogDao.Filter filter) {
        Csv.send(ctx, "calls.csv", CallCsv.HEADER, rows -> log.each(filter, c -> rows.add(CallCsv.row(c))));
    }

    private static CallLogDao.Filter filter(Context ctx) {
        return filter(ctx, QueryParams.optionalTime(ctx, "since"), QueryParams.optionalTime(ctx, "until"));
    }

    /** The history's filters, as the API reads them; the dashboard gives since and until from its date fields. */
    static CallLogDao.Filter filter(Context ctx, Instant since, Instant until) {
        String status = blank(ctx.queryParam("status")) ? null : ctx.queryParam("status");
        if (status != null && Wire.of(CallStatus.class, status).isEmpty()) {
            throw new BadRequestResponse("status must be one of " + Wire.listed(CallStatus.class));
        }
        return new CallLogDao.Filter(QueryParams.optionalLong(ctx, "lineId"), status, ctx.queryParam("callUuid"),
                QueryParams.optionalLong(ctx, "userId"), blank(ctx.queryParam("from")) ? null : ctx.queryParam("from"), since, until,
                QueryParams.optionalBoolean(ctx, "simulated"));
    }

    /** An empty filter field of the dashboard's form filters nothing. */
    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
