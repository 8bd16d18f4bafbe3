package switchboard.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import switchboard.routing.QueueRules;
import switchboard.routing.Strategy;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/lines and their tiers. */
public final class LinesApi {
    static final Set<String> FIELDS = Set.of("name", "sipUri", "voicemailPrompt", "ringTimeoutSeconds",
            "wrapUpSeconds", "missedCallsBeforeAway", "timeZone", "businessHours", "closures", "closedMessage", "maxRingSeconds",
            "queue", "ownerFirst", "ownerRingSeconds", "stickyDays", "serviceLevelSeconds");
    private static final Set<String> TIER_FIELDS = Set.of("userIds", "ringTimeoutSeconds", "strategy");
    private static final int MIN_RING = 5;
    private static final int MAX_RING = 600;
    private final Directory directory;

    public LinesApi(Directory directory) {
        this.directory = directory;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(directory.lines(paging.afterId(), paging.fetch()), Line::id));
    }

    public void get(Context ctx) {
        ctx.json(directory.line(QueryParams.pathId(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(directory.createLine(read(JsonBody.parse(ctx, FIELDS), 0, QueueRules.OFF)));
    }

    /** PATCH changes only the fields given. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        Line current = directory.line(id);
        Line changed = read(JsonBody.patch(ctx, FIELDS, current), id, current.queue());
        ctx.json(directory.updateLine(id, l -> changed));
    }

    /** Shared with the dashboard's form (LinesPage); queueBase: the queue settings a PATCH changes (OFF for a new line). */
    static Line read(JsonBody body, long id, QueueRules queueBase) {
        String name = body.text("name", true, 100);
        String sipUri = body.sipUri("sipUri", true);
        String prompt = body.text("voicemailPrompt", false, 3000);
        Integer ring = body.integer("ringTimeoutSeconds", false, MIN_RING, MAX_RING);
        Integer wrapUp = body.integer("wrapUpSeconds", false, 0, 3600);
        Integer missed = body.integer("missedCallsBeforeAway", false, 1, 100);
        String zone = body.zone("timeZone", "UTC");
        String hours = body.json("businessHours", Hours::problem);
        String closures = body.json("closures", Hours::closuresProblem);
        String closed = body.text("closedMessage", false, 3000);
        Integer maxRing = body.integer("maxRingSeconds", false, 5, 3600);
        QueueRules queue = QueueSettings.read(body, queueBase);
        Boolean ownerFirst = body.bool("ownerFirst");
        Integer ownerRing = body.integer("ownerRingSeconds", false, MIN_RING, MAX_RING);
        Integer sticky = body.integer("stickyDays", false, 1, 365);
        Integer serviceLevel = body.integer("serviceLevelSeconds", false, 1, 3600);
        body.validate();
        return new Line(id, name, sipUri, prompt, ring == null ? 20 : ring, wrapUp == null ? 0 : wrapUp, missed, zone,
                hours, closures == null ? "[]" : closures, closed, maxRing, queue,
                Boolean.TRUE.equals(ownerFirst), ownerRing == null ? Line.OWNER_RING_SECONDS : ownerRing, sticky,
                serviceLevel == null ? Line.SERVICE_LEVEL_SECONDS : serviceLevel, false, false);
    }

    public void delete(Context ctx) {
        directory.deleteLine(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    public void tiers(Context ctx) {
        ctx.json(Map.of("tiers", directory.tiers(QueryParams.pathId(ctx))));
    }

    /** PUT replaces the whole ordered list atomically: {"tiers": [{"userIds": [3, 1], "ringTimeoutSeconds": 20, "strategy": "sequential"}]}. */
    public void replaceTiers(Context ctx) {
        long lineId = QueryParams.pathId(ctx);
        ctx.json(Map.of("tiers", replaceTiers(directory, lineId, JsonBody.parse(ctx, TIERS))));
    }

    static final Set<String> TIERS = Set.of("tiers");

    /** Reads {"tiers": [...]} and replaces the line's tiers: the API's PUT and the dashboard's tier editor. */
    static List<Tier> replaceTiers(Directory directory, long lineId, JsonBody body) {
        List<Tier> tiers = body.objects("tiers", LinesApi::tier);
        body.validate();
        int defaultRing = directory.line(lineId).ringTimeoutSeconds();
        List<Tier> withDefaults = tiers.stream().map(t -> new Tier(t.position(), t.userIds(),
                t.ringTimeoutSeconds() > 0 ? t.ringTimeoutSeconds() : defaultRing, t.strategy())).toList();
        return directory.replaceTiers(lineId, withDefaults);
    }

    private static Tier tier(JsonNode node, String path, JsonBody body) {
        if (node == null || !node.isObject()) {
            body.error(path, "must be an object with userIds");
            return new Tier(0, List.of(), 0, Strategy.RING_ALL);
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!TIER_FIELDS.contains(f)) body.error(path + "." + f, "unknown field");
        });
        List<Long> ids = new ArrayList<>();
        JsonNode userIds = node.get("userIds");
        if (userIds == null || !userIds.isArray() || userIds.isEmpty()) {
            body.error(path + ".userIds", "must be a non-empty array of user ids");
        } else {
            for (int i = 0; i < userIds.size(); i++) {
                JsonNode id = userIds.get(i);
                if (!id.isIntegralNumber() || !id.canConvertToLong()) body.error(path + ".userIds[" + i + "]", "must be a user id");
                else if (ids.contains(id.asLong())) body.error(path + ".userIds[" + i + "]", "repeats user " + id.asLong());
                else ids.add(id.asLong());
            }
        }
        JsonNode ring = node.get("ringTimeoutSeconds");
        int seconds = 0;
        if (ring != null && !ring.isNull()) {
            if (!ring.isIntegralNumber() || !ring.canConvertToInt() || ring.asInt() < MIN_RING || ring.asInt() > MAX_RING) {
                body.error(path + ".ringTimeoutSeconds", "must be a whole number between " + MIN_RING + " and " + MAX_RING);
            } else {
                seconds = ring.asInt();
            }
        }
        JsonNode strategy = node.get("strategy");
        String name = strategy == null || strategy.isNull() ? Strategy.RING_ALL : strategy.asText();
        if (strategy != null && !strategy.isNull() && (!strategy.isTextual() || !Strategy.ALL.contains(name))) {
            body.error(path + ".strategy", "must be one of " + String.join(", ", Strategy.ALL.stream().sorted().toList()));
        }
        return new Tier(0, ids, seconds, name);
    }
}
