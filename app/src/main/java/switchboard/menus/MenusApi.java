package switchboard.menus;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import switchboard.web.JsonBody;
import switchboard.web.QueryParams;

/** GET, PUT (replace whole) and DELETE /api/lines/{id}/menu. */
public final class MenusApi {
    private static final Set<String> FIELDS = Set.of("prompt", "promptUrl", "timeoutSeconds", "retries", "options",
            "defaultTarget");
    private static final Set<String> OPTION_FIELDS = Set.of("key", "lineId", "target");
    private static final Set<String> TARGETS = Set.of(Menu.Target.TIERS, Menu.Target.VOICEMAIL);
    private static final int MAX_OPTIONS = 10;
    private final Menus menus;

    public MenusApi(Menus menus) {
        this.menus = menus;
    }

    public void get(Context ctx) {
        ctx.json(menus.get(QueryParams.pathId(ctx)).json());
    }

    public void put(Context ctx) {
        long lineId = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String prompt = body.text("prompt", false, 3000);
        String promptUrl = body.text("promptUrl", false, 2048);
        if (promptUrl != null && !promptUrl.matches("(?i)https?://[^\\s]+")) body.error("promptUrl", "must be an http(s) URL of an mp3 or wav file");
        if ((prompt == null) == (promptUrl == null)) body.error(prompt == null ? "prompt" : "promptUrl", "give prompt (text to speak) or promptUrl (audio), not both");
        Integer timeout = body.integer("timeoutSeconds", false, 1, 60);
        Integer retries = body.integer("retries", false, 0, 5);
        Set<String> keys = new HashSet<>();
        List<Menu.Option> options = body.objects("options", (node, path, b) -> option(node, path, b, keys));
        if (body.value("options").isArray() && (options.isEmpty() || options.size() > MAX_OPTIONS)) {
            body.error("options", "must hold 1 to " + MAX_OPTIONS + " options");
        }
        Menu.Target fallback = defaultTarget(body.value("defaultTarget"), body);
        body.validate();
        ctx.json(menus.put(new Menu(lineId, prompt, promptUrl, timeout == null ? Menu.TIMEOUT_SECONDS : timeout,
                retries == null ? Menu.RETRIES : retries, options, fallback, null)).json());
    }

    public void delete(Context ctx) {
        menus.delete(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    private static Menu.Option option(JsonNode node, String path, JsonBody body, Set<String> keys) {
        if (node == null || !node.isObject()) {
            body.error(path, "must be an object with key, and lineId or target");
            return new Menu.Option("", Menu.Target.TO_TIERS);
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!OPTION_FIELDS.contains(f)) body.error(path + "." + f, "unknown field");
        });
        JsonNode key = node.path("key");
        if (!key.isTextual() || !key.asText().matches("[0-9]")) {
            body.error(path + ".key", "must be one key, \"0\" to \"9\" (* repeats the menu)");
        } else if (!keys.add(key.asText())) {
            body.error(path + ".key", "repeats key " + key.asText());
        }
        JsonNode lineId = node.path("lineId"), target = node.path("target");
        boolean toLine = !lineId.isMissingNode() && !lineId.isNull();
        Menu.Target to = Menu.Target.TO_TIERS;
        if (toLine) {
            if (!lineId.isIntegralNumber() || !lineId.canConvertToLong() || lineId.asLong() < 1) body.error(path + ".lineId", "must be a line id");
            else to = Menu.Target.line(lineId.asLong());
            if (!target.isMissingNode() && !target.isNull() && !Menu.Target.LINE.equals(target.asText())) {
                body.error(path, "give lineId (another line) or target (\"tiers\" or \"voicemail\" of this line), not both");
            }
        } else if (!target.isTextual() || !TARGETS.contains(target.asText())) {
            body.error(path + ".target", Menu.Target.LINE.equals(target.asText()) ? "line needs a lineId"
                    : "must be tiers or voicemail (or give lineId for another line)");
        } else {
            to = new Menu.Target(target.asText(), null);
        }
        return new Menu.Option(key.asText(), to);
    }

    /** "tiers" (the default), "voicemail", or a line id. */
    private static Menu.Target defaultTarget(JsonNode node, JsonBody body) {
        if (node.isMissingNode() || node.isNull()) return Menu.Target.TO_TIERS;
        if (node.isTextual() && TARGETS.contains(node.asText())) return new Menu.Target(node.asText(), null);
        if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 1) return Menu.Target.line(node.asLong());
        body.error("defaultTarget", "must be \"tiers\", \"voicemail\" or a line id");
        return Menu.Target.TO_TIERS;
    }
}
