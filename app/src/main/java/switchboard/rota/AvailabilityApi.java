package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import switchboard.rota.solver.Availability;
import switchboard.web.JsonBody;
import switchboard.web.QueryParams;

/** GET/PUT /api/users/{id}/availability: weekly slots, dated absences, the load a user would like. */
public final class AvailabilityApi {
    private static final Set<String> FIELDS = Set.of("slots", "absences", "targetTurnsPerWeek", "maxTurnsPerDay");
    private static final int MAX_ITEMS = 100;
    private final Availabilities availabilities;

    public AvailabilityApi(Availabilities availabilities) {
        this.availabilities = availabilities;
    }

    public void get(Context ctx) {
        long userId = QueryParams.pathId(ctx);
        ctx.json(RotaJson.availability(userId, availabilities.of(userId)));
    }

    /** The whole availability at once; absences may be left out (none). */
    public void declare(Context ctx) {
        long userId = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        List<Availability.Slot> slots = body.objects("slots", AvailabilityApi::slot);
        List<Availability.Absence> absences = body.has("absences") ? body.objects("absences", AvailabilityApi::absence) : List.of();
        Integer target = body.integer("targetTurnsPerWeek", true, 0, 100);
        Integer maxPerDay = body.integer("maxTurnsPerDay", true, 0, 24);
        if (slots.size() > MAX_ITEMS) body.error("slots", "must hold at most " + MAX_ITEMS + " slots");
        if (absences.size() > MAX_ITEMS) body.error("absences", "must hold at most " + MAX_ITEMS + " absences");
        body.validate();
        ctx.json(RotaJson.availability(userId, availabilities.declare(userId, new Availability(slots, absences, target, maxPerDay))));
    }

    private static Availability.Slot slot(JsonNode node, String path, JsonBody body) {
        Element e = Element.of(node, path, body, Set.of("day", "start", "end"),
                "{\"day\": \"MON\", \"start\": \"09:00\", \"end\": \"13:00\"}");
        if (e == null) return null;
        var day = e.day("day");
        LocalTime[] hours = e.hours();
        return day == null || hours == null ? null : new Availability.Slot(day, hours[0], hours[1]);
    }

    private static Availability.Absence absence(JsonNode node, String path, JsonBody body) {
        Element e = Element.of(node, path, body, Set.of("from", "to", "reason"),
                "{\"from\": \"2026-12-21\", \"to\": \"2026-12-25\", \"reason\": \"holiday\"}");
        if (e == null) return null;
        LocalDate from = e.date("from"), to = e.date("to");
        String reason = e.text("reason", 200);
        if (from == null || to == null) return null;
        if (to.isBefore(from)) {
            e.error("to", "must not be before from");
            return null;
        }
        return new Availability.Absence(from, to, reason);
    }
}
