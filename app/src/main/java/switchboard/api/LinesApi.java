package switchboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import switchboard.directory.Directory;
import switchboard.directory.Line;
import switchboard.directory.Tier;

/** /api/lines and their tiers. */
public final class LinesApi {
    private static final Set<String> FIELDS = Set.of("name", "sipUri", "voicemailPrompt", "ringTimeoutSeconds");
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
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String name = body.text("name", true, 100);
        String sipUri = body.sipUri("sipUri", true);
        String prompt = body.text("voicemailPrompt", false, 3000);
        Integer ring = body.integer("ringTimeoutSeconds", false, MIN_RING, MAX_RING);
        body.validate();
        ctx.status(201).json(directory.createLine(new Line(0, name, sipUri, prompt, ring == null ? 20 : ring)));
    }

    public void update(Context ctx) {
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String name = body.has("name") ? body.text("name", true, 100) : null;
        String sipUri = body.has("sipUri") ? body.sipUri("sipUri", true) : null;
        String prompt = body.text("voicemailPrompt", false, 3000);
        Integer ring = body.has("ringTimeoutSeconds") ? body.integer("ringTimeoutSeconds", true, MIN_RING, MAX_RING) : null;
        body.validate();
        ctx.json(directory.updateLine(QueryParams.pathId(ctx), l -> new Line(l.id(), name != null ? name : l.name(),
                sipUri != null ? sipUri : l.sipUri(), body.has("voicemailPrompt") ? prompt : l.voicemailPrompt(),
                ring != null ? ring : l.ringTimeoutSeconds())));
    }

    public void delete(Context ctx) {
        directory.deleteLine(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    public void tiers(Context ctx) {
        ctx.json(Map.of("tiers", directory.tiers(QueryParams.pathId(ctx))));
    }

    /** PUT replaces the whole ordered list atomically: {"tiers": [{"userIds": [3, 1], "ringTimeoutSeconds": 20}]}. */
    public void replaceTiers(Context ctx) {
        long lineId = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, Set.of("tiers"));
        List<Tier> tiers = body.objects("tiers", LinesApi::tier);
        body.validate();
        int defaultRing = directory.line(lineId).ringTimeoutSeconds();
        List<Tier> withDefaults = tiers.stream().map(t -> new Tier(t.position(), t.userIds(),
                t.ringTimeoutSeconds() > 0 ? t.ringTimeoutSeconds() : defaultRing)).toList();
        ctx.json(Map.of("tiers", directory.replaceTiers(lineId, withDefaults)));
    }

    private static Tier tier(JsonNode node, String path, JsonBody body) {
        if (node == null || !node.isObject()) {
            body.error(path, "must be an object with userIds");
            return new Tier(0, List.of(), 0);
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("userIds") && !f.equals("ringTimeoutSeconds")) body.error(path + "." + f, "unknown field");
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
            if (!ring.isIntegralNumber() || ring.asInt() < MIN_RING || ring.asInt() > MAX_RING) {
                body.error(path + ".ringTimeoutSeconds", "must be a whole number between " + MIN_RING + " and " + MAX_RING);
            } else {
                seconds = ring.asInt();
            }
        }
        return new Tier(0, ids, seconds);
    }
}
