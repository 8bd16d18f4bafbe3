package switchboard.rota;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.errors.NotFound;
import switchboard.errors.Unavailable;
import switchboard.json.Json;
import switchboard.web.QueryParams;

/** GET /rota/{token}.ics (the token is the key: no API key) and POST /api/users/{id}/calendar-token (a new URL). */
public final class CalendarApi {
    private static final Logger log = LoggerFactory.getLogger(CalendarApi.class);
    private final CalendarFeeds feeds;

    public CalendarApi(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** A failure is logged without the path: the path is the secret. */
    public void feed(Context ctx) {
        String ics;
        try {
            ics = feeds.feed(ctx.pathParam("token"));
        } catch (NotFound e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("GET /rota/<token>.ics failed", e);
            throw new Unavailable("the calendar feed is unavailable; try again later");
        }
        ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "no-cache, private")
                .header("Content-Disposition", "inline; filename=\"rota.ics\"").result(ics);
    }

    public void renew(Context ctx) {
        ctx.json(Json.map("calendarUrl", feeds.renew(QueryParams.pathId(ctx))));
    }
}
