package switchboard.reports;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import switchboard.json.Wire;
import switchboard.web.Csv;
import switchboard.web.QueryParams;

/** GET /api/reports/summary: JSON, or the same rows and total as CSV with Accept: text/csv. */
public final class ReportsApi {
    private static final Set<String> PARAMS = Set.of("from", "to", "lineId", "userId", "groupBy", "simulated");
    private static final Duration DEFAULT_RANGE = Duration.ofDays(7);

    private final Reports reports;
    private final Clock clock;

    public ReportsApi(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    public void summary(Context ctx) {
        Summary summary = reports.summary(query(ctx));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) Csv.send(ctx, "summary.csv", SummaryCsv.HEADER, rows -> SummaryCsv.rows(summary, rows));
        else ctx.json(summary);
    }

    private Summary.Query query(Context ctx) {
        ctx.queryParamMap().keySet().stream().filter(p -> !PARAMS.contains(p)).findFirst().ifPresent(p -> {
            throw new BadRequestResponse("unknown parameter '" + p + "'; known: from, to, lineId, userId, groupBy, simulated");
        });
        Instant to = QueryParams.optionalTime(ctx, "to");
        Instant from = QueryParams.optionalTime(ctx, "from");
        if (to == null) to = from == null ? clock.instant() : from.plus(DEFAULT_RANGE);
        if (from == null) from = to.minus(DEFAULT_RANGE);
        GroupBy groupBy = groupBy(ctx);
        return new Summary.Query(from, to, QueryParams.optionalLong(ctx, "lineId"), QueryParams.optionalLong(ctx, "userId"),
                Boolean.TRUE.equals(QueryParams.optionalBoolean(ctx, "simulated")), groupBy);
    }

    /** ?groupBy= (default day), for this API and the dashboard's page alike. */
    static GroupBy groupBy(Context ctx) {
        String raw = ctx.queryParam("groupBy");
        return raw == null || raw.isBlank() ? GroupBy.DAY : Wire.of(GroupBy.class, raw.trim()).orElseThrow(() ->
                new BadRequestResponse("groupBy must be one of " + Wire.listed(GroupBy.class) + ", got '" + raw + "'"));
    }
}
