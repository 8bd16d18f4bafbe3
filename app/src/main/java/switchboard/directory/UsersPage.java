package switchboard.directory;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import switchboard.access.Principal;
import switchboard.accounts.Accounts;
import switchboard.accounts.SignInLinks;
import switchboard.errors.Conflict;
import switchboard.errors.Forbidden;
import switchboard.errors.InvalidInput;
import switchboard.web.FormJson;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/**
 * The directory for admins: /directory lists users and lines; /directory/users/{id} edits a user (details, apps,
 * max concurrent calls, working hours, role) and makes their sign-in link. Forms are read by the API's readers.
 */
public final class UsersPage {
    private final Directory directory;
    private final Accounts accounts;
    private final SignInLinks links;
    private final Pages pages;

    public record Person(User user, String role, List<SipApp> apps) {}

    public UsersPage(Directory directory, Accounts accounts, SignInLinks links, Pages pages) {
        this.directory = directory;
        this.accounts = accounts;
        this.links = links;
        this.pages = pages;
    }

    public void overview(Context ctx) {
        overview(ctx, Map.of(), Map.of(), null);
    }

    void overview(Context ctx, Map<String, String> errors, Map<String, String> draft, String which) {
        List<Person> people = directory.users(0, Paging.MAX_LIMIT).stream()
                .map(u -> new Person(u, accounts.role(u.id()), directory.apps(u.id(), 0, Paging.MAX_LIMIT))).toList();
        pages.render(ctx, "directory/overview.jte", "Directory", "/directory", "people", people,
                "lines", directory.lines(0, Paging.MAX_LIMIT), "errors", errors, "draft", draft, "which", which == null ? "" : which);
    }

    public void create(Context ctx) {
        try {
            User user = directory.createUser(UsersApi.read(form(ctx).body(UsersApi.FIELDS), 0));
            ctx.redirect("/directory/users/" + user.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            overview(ctx, e.fields(), draft(ctx), "user");
        }
    }

    public void user(Context ctx) {
        show(ctx, QueryParams.pathId(ctx), Map.of(), null, null);
    }

    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        try {
            User current = directory.user(id);
            User changed = UsersApi.read(switchboard.web.JsonBody.patch(form(ctx).node(), UsersApi.FIELDS, current), id);
            directory.updateUser(id, u -> changed);
            ctx.redirect("/directory/users/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, id, e.fields(), null, null);
        }
    }

    public void setRole(Context ctx) {
        long id = QueryParams.pathId(ctx);
        Principal by = PageAuth.principal(ctx);
        try {
            accounts.setRole(id, String.valueOf(ctx.formParam("role")), by);
            ctx.redirect("/directory/users/" + id, HttpStatus.SEE_OTHER);
        } catch (Forbidden | InvalidInput e) {
            ctx.status(e instanceof Forbidden ? 403 : 400);
            show(ctx, id, Map.of("role", e instanceof InvalidInput i ? i.fields().get("role") : e.getMessage()), null, null);
        }
    }

    public void addApp(Context ctx) {
        long id = QueryParams.pathId(ctx);
        try {
            AppsApi.create(directory, id, FormJson.of(ctx).text("label").text("sipUri").body(AppsApi.FIELDS));
            ctx.redirect("/directory/users/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, id, prefixed(e.fields()), null, null);
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            ctx.status(409);
            show(ctx, id, Map.of("app.sipUri", "is already used by another app or line"), null, null);
        }
    }

    public void deleteApp(Context ctx) {
        SipApp app = directory.app(QueryParams.pathId(ctx));
        directory.deleteApp(app.id());
        ctx.redirect("/directory/users/" + app.userId(), HttpStatus.SEE_OTHER);
    }

    /** The link is shown once, here; only its hash is kept. */
    public void signInLink(Context ctx) {
        long id = QueryParams.pathId(ctx);
        try {
            SignInLinks.Created link = links.create(id, PageAuth.principal(ctx).name());
            show(ctx, id, Map.of(), link, null);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, id, e.fields(), null, null);
        }
    }

    public void delete(Context ctx) {
        long id = QueryParams.pathId(ctx);
        if (java.util.Objects.equals(PageAuth.principal(ctx).userId(), id)) {
            throw new Conflict("you cannot delete yourself: another admin can");
        }
        directory.deleteUser(id);
        ctx.redirect("/directory", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, long id, Map<String, String> errors, SignInLinks.Created link, String notice) {
        User user = directory.user(id);
        Map<String, String> appErrors = new java.util.LinkedHashMap<>();
        errors.forEach((k, v) -> { if (k.startsWith("app.")) appErrors.put(k.substring(4), v); });
        pages.render(ctx, "directory/user.jte", user.name(), "/directory", "user", user, "role", accounts.role(id),
                "apps", directory.apps(id, 0, Paging.MAX_LIMIT), "errors", errors, "appErrors", appErrors, "link", link,
                "hours", ctx.formParam("workingHours") != null && !errors.isEmpty() ? ctx.formParam("workingHours")
                        : HoursText.weeklyText(user.workingHours()),
                "me", PageAuth.principal(ctx).userId());
    }

    private static FormJson form(Context ctx) {
        return FormJson.of(ctx).text("name").text("title").text("email").number("maxConcurrentCalls").text("timeZone")
                .json("workingHours", HoursText.weekly(ctx.formParam("workingHours")));
    }

    private static Map<String, String> prefixed(Map<String, String> fields) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> out.put("app." + k, v));
        return out;
    }

    static Map<String, String> draft(Context ctx) {
        Map<String, String> out = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }
}
