package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import switchboard.rota.solver.WeeklyTurn;
import switchboard.web.JsonBody;
import switchboard.web.QueryParams;

/** GET/PUT /api/lines/{id}/turns: {"turns": [{"day": "MON", "start": "09:00", "end": "11:00", "needed": 2}]}. */
public final class TurnsApi {
    private static final Set<String> FIELDS = Set.of("day", "start", "end", "needed");
    private static final int MAX_TURNS = 200;
    private final LineTurns turns;

    public TurnsApi(LineTurns turns) {
        this.turns = turns;
    }

    public void get(Context ctx) {
        ctx.json(view(turns.of(QueryParams.pathId(ctx))));
    }

    public void replace(Context ctx) {
        long lineId = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, Set.of("turns"));
        List<WeeklyTurn> read = body.objects("turns", TurnsApi::turn);
        if (read.size() > MAX_TURNS) body.error("turns", "must hold at most " + MAX_TURNS + " turns");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            WeeklyTurn t = read.get(i);
            String hours = t == null ? null : TurnTimes.day(t.day()) + " " + RotaJson.hours(t.start(), t.end());
            if (hours != null && !seen.add(hours)) body.error("turns[" + i + "]", "repeats the turn " + hours);
        }
        body.validate();
        ctx.json(view(turns.replace(lineId, read)));
    }

    private static WeeklyTurn turn(JsonNode node, String path, JsonBody body) {
        Element e = Element.of(node, path, body, FIELDS, "{\"day\": \"MON\", \"start\": \"09:00\", \"end\": \"11:00\", \"needed\": 1}");
        if (e == null) return null;
        var day = e.day("day");
        LocalTime[] hours = e.hours();
        Integer needed = e.integer("needed", 0, 50);
        return day == null || hours == null || needed == null ? null : new WeeklyTurn(day, hours[0], hours[1], needed);
    }

    private static Map<String, Object> view(List<WeeklyTurn> turns) {
        return Map.of("turns", turns.stream().map(RotaJson::turn).toList());
    }
}
