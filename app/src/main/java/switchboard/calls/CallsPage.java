package switchboard.calls;

import gg.jte.Content;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import switchboard.directory.Directory;
import switchboard.json.Wire;
import switchboard.web.Cursor;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /calls: the history with the API's filters (dates as whole UTC days), pages and CSV; /calls/{id}: one call's story. */
public final class CallsPage {
    private static final int PAGE = 25;
    private final CallLog log;
    private final Directory directory;
    private final Pages pages;
    private final List<CallSection> sections;

    public record Filters(String lineId, String status, String userId, String from, String since, String until,
                          String query) {}

    public CallsPage(CallLog log, Directory directory, Pages pages, List<CallSection> sections) {
        this.log = log;
        this.directory = directory;
        this.pages = pages;
        this.sections = List.copyOf(sections);
    }

    public void list(Context ctx) {
        CallLogDao.Filter filter = filter(ctx);
        Long before = Cursor.decode(ctx.queryParam("cursor"));
        List<CallLogDao.CallEntry> rows = log.page(filter, before, PAGE + 1);
        List<CallView> calls = rows.stream().limit(PAGE).map(c -> CallView.of(c, null)).toList();
        String next = rows.size() > PAGE ? Cursor.encode(calls.get(calls.size() - 1).id()) : null;
        String query = query(ctx);
        pages.render(ctx, "calls.jte", "Calls", "/calls", "calls", calls, "next", next, "first", before == null,
                "filters", new Filters(param(ctx, "lineId"), param(ctx, "status"), param(ctx, "userId"), param(ctx, "from"),
                        param(ctx, "since"), param(ctx, "until"), query),
                "lines", directory.lines(0, Paging.MAX_LIMIT), "users", directory.users(0, Paging.MAX_LIMIT),
                "statuses", Wire.names(CallStatus.class).stream().sorted().toList());
    }

    /** The same filtered history as CSV, every page: what GET /api/calls with Accept: text/csv sends. */
    public void csv(Context ctx) {
        CallsApi.csv(ctx, log, filter(ctx));
    }

    public void call(Context ctx) {
        CallView call = log.get(QueryParams.pathId(ctx));
        List<Content> extra = sections.stream().map(s -> s.render(call, PageAuth.principal(ctx)))
                .flatMap(Optional::stream).toList();
        Map<Long, String> lines = directory.lineNames();
        pages.render(ctx, "call.jte", "Call " + call.id(), "/calls", "call", call, "story", CallStory.of(call, lines::get),
                "sections", extra);
    }

    private static CallLogDao.Filter filter(Context ctx) {
        return CallsApi.filter(ctx, day(ctx, "since", 0), day(ctx, "until", 1));
    }

    /** A date field: the start of that UTC day (until: of the day after, so the day counts). */
    private static Instant day(Context ctx, String name, int plusDays) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.trim()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date such as 2026-11-22, got '" + raw + "'");
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v;
    }

    /** The filters as a query string without the cursor: for the CSV link and the pager. */
    private static String query(Context ctx) {
        StringBuilder q = new StringBuilder();
        for (String name : List.of("lineId", "status", "userId", "from", "since", "until")) {
            String v = ctx.queryParam(name);
            if (v == null || v.isBlank()) continue;
            q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
