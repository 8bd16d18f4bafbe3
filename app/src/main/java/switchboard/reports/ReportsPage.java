package switchboard.reports;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import switchboard.directory.Directory;
import switchboard.web.Pages;
import switchboard.web.QueryParams;

/** /reports: the summary of GET /api/reports/summary for the last days, as a table with a bar a row. */
public final class ReportsPage {
    static final Set<Integer> DAYS = Set.of(1, 7, 30, 90);
    private final Reports reports;
    private final Directory directory;
    private final Pages pages;
    private final Clock clock;

    public ReportsPage(Reports reports, Directory directory, Pages pages, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.pages = pages;
        this.clock = clock;
    }

    /** ?days=1|7|30|90 (default 7) &groupBy=day (hour, day, week, line, user) &lineId= (all lines). */
    public void summary(Context ctx) {
        Long days = QueryParams.optionalLong(ctx, "days");
        int span = days == null ? 7 : days.intValue();
        if (!DAYS.contains(span)) throw new BadRequestResponse("days must be 1, 7, 30 or 90, got " + days);
        GroupBy groupBy = ReportsApi.groupBy(ctx);
        if (groupBy == GroupBy.HOUR && span > 7) throw new BadRequestResponse("by hour, at most 7 days");
        Long lineId = QueryParams.optionalLong(ctx, "lineId");
        Instant to = clock.instant();
        Summary summary = reports.summary(new Summary.Query(to.minus(Duration.ofDays(span)), to, lineId, null, false, groupBy));
        pages.render(ctx, "reports.jte", "Reports", "/reports", "summary", summary, "days", span, "groupBy", groupBy.wire(),
                "lineId", lineId, "lines", directory.lineNames(), "bars", ReportBars.of(summary));
    }
}
