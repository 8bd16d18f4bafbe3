package switchboard.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import switchboard.apikeys.ApiKeys;
import switchboard.errors.InvalidInput;
import switchboard.web.Pages;

/** /directory/api-keys for admins: the keys (never their secrets), a new one shown once, revoking one. */
public final class ApiKeysPage {
    private final ApiKeys keys;
    private final Pages pages;

    public ApiKeysPage(ApiKeys keys, Pages pages) {
        this.keys = keys;
        this.pages = pages;
    }

    public void list(Context ctx) {
        show(ctx, null, Map.of());
    }

    public void create(Context ctx) {
        String user = ctx.formParam("userId");
        try {
            Long userId = user == null || user.isBlank() ? null : Long.parseLong(user.trim());
            show(ctx, keys.create(ctx.formParam("name"), String.valueOf(ctx.formParam("role")), userId), Map.of());
        } catch (NumberFormatException e) {
            ctx.status(400);
            show(ctx, null, Map.of("user", "must be a user id"));
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, e.fields());
        }
    }

    public void revoke(Context ctx) {
        keys.revoke(String.valueOf(ctx.formParam("name")));
        ctx.redirect("/directory/api-keys", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, ApiKeys.Created created, Map<String, String> errors) {
        pages.render(ctx, "api-keys.jte", "API keys", "/directory", "keys", keys.list(), "created", created, "errors", errors);
    }
}
