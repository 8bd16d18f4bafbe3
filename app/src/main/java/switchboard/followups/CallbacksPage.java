package switchboard.followups;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.directory.Directory;
import switchboard.directory.Line;
import switchboard.directory.User;
import switchboard.errors.Conflict;
import switchboard.errors.Forbidden;
import switchboard.errors.InvalidInput;
import switchboard.json.Wire;
import switchboard.web.FormJson;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/**
 * /callbacks: mine, unassigned or all (and by status), a form for a new one; /callbacks/{id}: assign, status, the
 * notes thread, the linked calls. The forms are read by the API's readers and changed by the same service, whose
 * Rules decide (under the callback's lock) who may work it.
 */
public final class CallbacksPage {
    private static final int PAGE = 50;
    private final Callbacks callbacks;
    private final Directory directory;
    private final Pages pages;

    public record Names(Map<Long, String> lines, Map<Long, String> users) {
        public String line(long id) {
            return lines.getOrDefault(id, "line " + id);
        }

        public String user(Long id) {
            return id == null ? "nobody" : users.getOrDefault(id, "user " + id);
        }
    }

    public CallbacksPage(Callbacks callbacks, Directory directory, Pages pages) {
        this.callbacks = callbacks;
        this.directory = directory;
        this.pages = pages;
    }

    public void list(Context ctx) {
        list(ctx, Map.of(), Map.of());
    }

    private void list(Context ctx, Map<String, String> errors, Map<String, String> draft) {
        Principal viewer = PageAuth.principal(ctx);
        String view = switch (String.valueOf(ctx.queryParam("view"))) {
            case "unassigned", "all" -> ctx.queryParam("view");
            default -> "mine";
        };
        String status = ctx.queryParam("status") == null || ctx.queryParam("status").isBlank() ? null : ctx.queryParam("status");
        if (status != null && Wire.of(CallbackStatus.class, status).isEmpty()) status = null;
        Long after = QueryParams.optionalLong(ctx, "after");
        CallbackDao.Filter filter = new CallbackDao.Filter(status, view.equals("mine") ? viewer.userId() : null,
                view.equals("unassigned"), null, null);
        List<Callback> rows = callbacks.list(filter, after == null ? 0 : after, PAGE + 1);
        List<Callback> items = rows.stream().limit(PAGE).toList();
        Long next = rows.size() > PAGE ? items.get(items.size() - 1).id() : null;
        pages.render(ctx, "callbacks.jte", "Callbacks", "/callbacks", "items", items, "view", view,
                "status", status == null ? "" : status, "next", next, "names", names(),
                "lines", directory.lines(0, Paging.MAX_LIMIT), "users", directory.users(0, Paging.MAX_LIMIT),
                "statuses", Wire.names(CallbackStatus.class).stream().sorted().toList(), "errors", errors, "draft", draft);
    }

    public void create(Context ctx) {
        FormJson form = FormJson.of(ctx).number("lineId").text("from").number("assigneeId").text("note");
        try {
            Callback created = callbacks.create(CallbacksApi.draft(form.body(CallbacksApi.DRAFT)), PageAuth.principal(ctx));
            ctx.redirect("/callbacks/" + created.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            list(ctx, e.fields(), ctx.formParamMap().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, en -> en.getValue().isEmpty() ? "" : en.getValue().get(0))));
        } catch (Conflict | Forbidden e) {
            ctx.status(e instanceof Conflict ? 409 : 403);
            list(ctx, Map.of("form", e.getMessage()), Map.of());
        }
    }

    public void callback(Context ctx) {
        show(ctx, callbacks.get(QueryParams.pathId(ctx)), null);
    }

    /** POST /callbacks/{id}: assign (assigneeId, empty: nobody) and/or status, whichever the form carries. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        FormJson form = FormJson.of(ctx);
        if (ctx.formParam("status") != null) form.text("status");
        if (ctx.formParam("assigneeId") != null) form.number("assigneeId");
        change(ctx, id, () -> callbacks.update(id, CallbacksApi.change(form.body(CallbacksApi.CHANGE)), PageAuth.principal(ctx)));
    }

    public void addNote(Context ctx) {
        long id = QueryParams.pathId(ctx);
        FormJson form = FormJson.of(ctx).text("text");
        change(ctx, id, () -> callbacks.addNote(id, CallbacksApi.note(form.body(CallbacksApi.NOTE)), PageAuth.principal(ctx)));
    }

    private void change(Context ctx, long id, Runnable work) {
        try {
            work.run();
            ctx.redirect("/callbacks/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, callbacks.get(id), String.join("; ", e.fields().entrySet().stream().map(f -> f.getKey() + " " + f.getValue()).toList()));
        } catch (Conflict | Forbidden e) {
            ctx.status(e instanceof Conflict ? 409 : 403);
            show(ctx, callbacks.get(id), e.getMessage());
        }
    }

    private void show(Context ctx, Callback callback, String error) {
        Principal viewer = PageAuth.principal(ctx);
        pages.render(ctx, "callback.jte", "Callback " + callback.id(), "/callbacks", "cb", callback, "names", names(),
                "users", directory.users(0, Paging.MAX_LIMIT), "mayWork", Rules.mayWork(viewer, callback.assigneeId()),
                "me", viewer.userId(), "statuses", Wire.names(CallbackStatus.class).stream().sorted().toList(), "error", error);
    }

    private Names names() {
        return new Names(directory.lines(0, Paging.MAX_LIMIT).stream().collect(Collectors.toMap(Line::id, Line::name)),
                directory.users(0, Paging.MAX_LIMIT).stream().collect(Collectors.toMap(User::id, User::name, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
    }

    /** The call page's part: the callback the call opened or joined. */
    public switchboard.calls.CallSection section() {
        return (call, viewer) -> callbacks.ofCall(call.id()).map(cb ->
                switchboard.web.Views.content("callback-section.jte", Map.of("cb", cb, "names", names())));
    }

}
