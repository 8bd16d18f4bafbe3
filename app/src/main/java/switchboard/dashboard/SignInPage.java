package switchboard.dashboard;

import io.javalin.http.Context;
import java.util.Map;
import switchboard.accounts.Session;
import switchboard.accounts.Sessions;
import switchboard.accounts.SignInLinks;
import switchboard.accounts.SignInRefused;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;
import switchboard.web.PageAuth;
import switchboard.web.Pages;

/** Signing in with email and password, out again, and setting a password through a one-time link. */
public final class SignInPage {
    private final Sessions sessions;
    private final SignInLinks links;
    private final PageAuth auth;
    private final Pages pages;

    public SignInPage(Sessions sessions, SignInLinks links, PageAuth auth, Pages pages) {
        this.sessions = sessions;
        this.links = links;
        this.auth = auth;
        this.pages = pages;
    }

    public void form(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        if (PageAuth.sessionOf(ctx).isPresent()) {
            ctx.redirect(next);
            return;
        }
        pages.render(ctx, "sign-in.jte", "Sign in", "", "email", "", "next", next, "error", null);
    }

    public void signIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        try {
            Session session = sessions.signIn(email, ctx.formParam("password"), PageAuth.address(ctx));
            auth.start(ctx, session);
            ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (SignInRefused refused) {
            ctx.status(refused.limited() ? 429 : 401);
            pages.render(ctx, "sign-in.jte", "Sign in", "", "email", email == null ? "" : email, "next", next,
                    "error", refused.getMessage());
        }
    }

    public void signOut(Context ctx) {
        auth.end(ctx);
        ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void link(Context ctx) {
        String token = ctx.pathParam("token");
        SignInLinks.Opened link = links.open(token).orElseThrow(SignInPage::deadLink);
        pages.render(ctx, "link.jte", "Set your password", "", "link", link, "token", token, "errors", Map.of());
    }

    public void setPassword(Context ctx) {
        String token = ctx.pathParam("token");
        try {
            Session session = links.use(token, ctx.formParam("password"), ctx.formParam("confirmation"));
            auth.start(ctx, session);
            ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            SignInLinks.Opened link = links.open(token).orElseThrow(SignInPage::deadLink);
            ctx.status(400);
            pages.render(ctx, "link.jte", "Set your password", "", "link", link, "token", token, "errors", e.fields());
        }
    }

    private static NotFound deadLink() {
        return new NotFound("This sign-in link is unknown, used or expired. Ask an admin for a new one.");
    }

    /** Only a path of ours: never another site (//evil.example, /\evil.example). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
        return next;
    }
}
