package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import switchboard.rota.solver.RotaWeek;
import switchboard.rota.solver.SolveLimits;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/rota/{week}: generate, read, edit by hand, publish, and the change log. */
public final class RotaApi {
    static final int MAX_SECONDS = 60;
    private static final Set<String> TURN_FIELDS = Set.of("lineId", "day", "start", "end");
    private static final Set<String> ASSIGNMENT_FIELDS = Set.of("lineId", "day", "start", "end", "userIds");
    private final Rotas rotas;

    public RotaApi(Rotas rotas) {
        this.rotas = rotas;
    }

    /** ?seconds= caps the solver's time (1 to 60, default 10); it usually stops well before, on its own. */
    public void generate(Context ctx) {
        Long seconds = QueryParams.optionalLong(ctx, "seconds");
        if (seconds != null && (seconds < 1 || seconds > MAX_SECONDS)) {
            throw new BadRequestResponse("seconds must be from 1 to " + MAX_SECONDS + ", got " + seconds);
        }
        Duration cap = seconds == null ? SolveLimits.DEFAULT_TIME_CAP : Duration.ofSeconds(seconds);
        ctx.json(rotas.generate(week(ctx), cap, ApiAuth.principal(ctx)));
    }

    /** ?published=true: what routing follows, rather than the draft. */
    public void get(Context ctx) {
        Boolean published = QueryParams.optionalBoolean(ctx, "published");
        ctx.json(rotas.get(week(ctx), Boolean.TRUE.equals(published)));
    }

    public void publish(Context ctx) {
        ctx.json(rotas.publish(week(ctx), ApiAuth.principal(ctx)));
    }

    /** {"assignments": [{"lineId", "day", "start", "end", "userIds"}]}: exactly these people on each turn named. */
    public void assign(Context ctx) {
        RotaWeek week = week(ctx);
        JsonBody body = JsonBody.parse(ctx, Set.of("assignments"));
        List<Rotas.Edit> edits = body.objects("assignments", (node, path, b) -> edit(week, node, path, b));
        if (edits.isEmpty() && body.has("assignments")) body.error("assignments", "must name at least one turn");
        body.validate();
        ctx.json(rotas.edit(week, edits, ApiAuth.principal(ctx)));
    }

    public void changes(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(rotas.changes(week(ctx), paging.afterId(), paging.fetch()), RotaDao.ChangeRow::id));
    }

    static RotaWeek week(Context ctx) {
        return week(ctx.pathParam("week"));
    }

    /** 2026-W50, or a 400 saying what a week looks like (the dashboard's rota page reads its form with it too). */
    static RotaWeek week(String text) {
        try {
            return RotaWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static Rotas.Edit edit(RotaWeek week, JsonNode node, String path, JsonBody body) {
        Element e = Element.of(node, path, body, ASSIGNMENT_FIELDS,
                "{\"lineId\": 2, \"day\": \"MON\", \"start\": \"09:00\", \"end\": \"11:00\", \"userIds\": [3]}");
        if (e == null) return null;
        RotaTurn.Key key = turn(week, e);
        List<Long> ids = e.ids("userIds");
        return key == null ? null : new Rotas.Edit(path, key, ids);
    }

    /** A turn of the week named by its line, weekday and hours; null (with the errors noted) when any is wrong. */
    static RotaTurn.Key turn(RotaWeek week, Element e) {
        Long lineId = e.id("lineId");
        var day = e.day("day");
        LocalTime[] hours = e.hours();
        return lineId == null || day == null || hours == null ? null : new RotaTurn.Key(lineId, week.date(day), hours[0], hours[1]);
    }

    static Element turnElement(JsonNode node, String path, JsonBody body) {
        return Element.of(node, path, body, TURN_FIELDS, "{\"lineId\": 2, \"day\": \"TUE\", \"start\": \"15:00\", \"end\": \"17:00\"}");
    }
}
