package switchboard.directory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import switchboard.errors.InvalidInput;
import switchboard.json.Json;
import switchboard.routing.QueueRules;
import switchboard.routing.Strategy;
import switchboard.web.FormJson;
import switchboard.web.JsonBody;
import switchboard.web.Pages;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/**
 * A line for admins: its settings, hours and closures, and the tier editor (ordered tiers, their members in order,
 * strategy, ring timeout). The editor's buttons rearrange a draft held in the form itself (no state on the server)
 * until Save replaces the line's tiers at once, through the reader and service the API's PUT uses.
 */
public final class LinesPage {
    private final Directory directory;
    private final Pages pages;
    private final List<LineSection> sections;

    /** A tier as the editor holds it: ring is text, so a bad value is shown back as typed. */
    public record DraftTier(String strategy, String ring, List<Long> userIds) {}

    public LinesPage(Directory directory, Pages pages, List<LineSection> sections) {
        this.directory = directory;
        this.pages = pages;
        this.sections = List.copyOf(sections);
    }

    public void create(Context ctx, UsersPage overview) {
        try {
            Line line = directory.createLine(LinesApi.read(form(ctx).body(LinesApi.FIELDS), 0, QueueRules.OFF));
            ctx.redirect("/directory/lines/" + line.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            overview.overview(ctx, e.fields(), UsersPage.draft(ctx), "line");
        }
    }

    public void line(Context ctx) {
        long id = QueryParams.pathId(ctx);
        show(ctx, id, Map.of(), saved(directory.tiers(id)), Map.of(), ctx.queryParam("saved") != null);
    }

    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        try {
            Line current = directory.line(id);
            Line changed = LinesApi.read(JsonBody.patch(form(ctx).node(), LinesApi.FIELDS, current), id, current.queue());
            directory.updateLine(id, l -> changed);
            ctx.redirect("/directory/lines/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, id, e.fields(), saved(directory.tiers(id)), Map.of(), false);
        }
    }

    /** The tier editor: op is the button pressed (save, add-tier, remove-tier:T, add-user:T, up:T:U, down:T:U, remove:T:U). */
    public void tiers(Context ctx) {
        long id = QueryParams.pathId(ctx);
        List<DraftTier> draft = draft(ctx);
        String op = String.valueOf(ctx.formParam("op"));
        if (op.equals("save")) {
            ArrayNode tiers = Json.mapper().createArrayNode();
            for (DraftTier t : draft) {
                ObjectNode tier = tiers.addObject().put("strategy", t.strategy());
                ArrayNode ids = tier.putArray("userIds");
                t.userIds().forEach(ids::add);
                if (t.ring().matches("\\d{1,6}")) tier.put("ringTimeoutSeconds", Integer.parseInt(t.ring()));
                else if (!t.ring().isBlank()) tier.put("ringTimeoutSeconds", t.ring());
            }
            ObjectNode body = Json.mapper().createObjectNode();
            body.set("tiers", tiers);
            try {
                LinesApi.replaceTiers(directory, id, JsonBody.of(body, LinesApi.TIERS));
                ctx.redirect("/directory/lines/" + id + "?saved#tier-editor", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                show(ctx, id, Map.of(), draft, e.fields(), false);
            }
            return;
        }
        show(ctx, id, Map.of(), TierEdits.apply(draft, op, ctx::formParam), Map.of(), false);
    }

    /** The queue's settings: the form as the API's {"queue": {...}}, read by the API's reader. */
    public void queue(Context ctx) {
        long id = QueryParams.pathId(ctx);
        try {
            Line current = directory.line(id);
            Line changed = LinesApi.read(JsonBody.patch(queueForm(ctx), LinesApi.FIELDS, current), id, current.queue());
            directory.updateLine(id, l -> changed);
            ctx.redirect("/directory/lines/" + id + "#queue", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, id, Map.of(), saved(directory.tiers(id)), Map.of(), false, QueueForm.typed(ctx::formParam), e.fields());
        }
    }

    public void delete(Context ctx) {
        directory.deleteLine(QueryParams.pathId(ctx));
        ctx.redirect("/directory", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, long id, Map<String, String> errors, List<DraftTier> tiers,
                      Map<String, String> tierErrors, boolean saved) {
        show(ctx, id, errors, tiers, tierErrors, saved, null, Map.of());
    }

    /** queue: the queue form as typed (null: the line's own settings). */
    private void show(Context ctx, long id, Map<String, String> errors, List<DraftTier> tiers,
                      Map<String, String> tierErrors, boolean saved, QueueForm queue, Map<String, String> queueErrors) {
        Line line = directory.line(id);
        List<User> users = directory.users(0, Paging.MAX_LIMIT);
        boolean retyped = !errors.isEmpty();
        pages.render(ctx, "directory/line.jte", line.name(), "/directory", "line", line, "errors", errors,
                "hours", retyped ? String.valueOf(ctx.formParam("businessHours")) : HoursText.weeklyText(line.businessHours()),
                "closures", retyped ? String.valueOf(ctx.formParam("closures")) : HoursText.closuresText(line.closures()),
                "tiers", tiers, "tierErrors", tierErrors, "saved", saved, "users", users,
                "strategies", Strategy.ALL.stream().sorted().toList(),
                "queue", queue == null ? QueueForm.of(line.queue()) : queue, "queueErrors", queueErrors,
                "sections", sections.stream().map(s -> s.render(line)).flatMap(java.util.Optional::stream).toList(),
                "names", users.stream().collect(java.util.stream.Collectors.toMap(User::id, User::name)));
    }

    private static List<DraftTier> saved(List<Tier> tiers) {
        return tiers.stream().map(t -> new DraftTier(t.strategy(), String.valueOf(t.ringTimeoutSeconds()), t.userIds())).toList();
    }

    /** The draft as the form carries it: tiers=N, tN.strategy, tN.ring, tN.users (repeated, in order). */
    private static List<DraftTier> draft(Context ctx) {
        int n = Math.min(20, Math.max(0, count(ctx.formParam("tiers"))));
        List<DraftTier> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Long> users = ctx.formParams("t" + i + ".users").stream().filter(v -> v.matches("\\d{1,18}"))
                    .map(Long::parseLong).distinct().toList();
            String strategy = ctx.formParam("t" + i + ".strategy");
            out.add(new DraftTier(strategy == null ? Strategy.RING_ALL : strategy,
                    String.valueOf(ctx.formParam("t" + i + ".ring") == null ? "" : ctx.formParam("t" + i + ".ring")).trim(), users));
        }
        return out;
    }

    private static int count(String raw) {
        return raw != null && raw.matches("\\d{1,2}") ? Integer.parseInt(raw) : 0;
    }

    /** The queue form as a PATCH of the line, {"queue": {...}}; a blank key or hold music URL turns it off (null). */
    private static ObjectNode queueForm(Context ctx) {
        FormJson q = FormJson.of(ctx, "queue.").number("maxWaitSeconds").number("maxCallers").number("announceEverySeconds")
                .text("holdMusicUrl").text("voicemailKey").text("callbackKey").number("retrySeconds")
                .json("enabled", BooleanNode.valueOf("on".equals(ctx.formParam("queue.enabled"))));
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("queue", q.node());
        return body;
    }

    private static FormJson form(Context ctx) {
        return FormJson.of(ctx).text("name").text("sipUri").text("voicemailPrompt").number("ringTimeoutSeconds")
                .number("wrapUpSeconds").number("missedCallsBeforeAway").text("timeZone")
                .json("businessHours", HoursText.weekly(ctx.formParam("businessHours")))
                .json("closures", HoursText.closures(ctx.formParam("closures"))).text("closedMessage").number("maxRingSeconds");
    }
}
