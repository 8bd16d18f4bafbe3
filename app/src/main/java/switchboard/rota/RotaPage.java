package switchboard.rota;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import switchboard.directory.Directory;
import switchboard.errors.NotFound;
import switchboard.rota.solver.RotaWeek;
import switchboard.rota.solver.SolveLimits;
import switchboard.web.PageAuth;
import switchboard.web.Pages;

/** /rota: a week's rota for everyone (the draft, or what routing follows), generated and published by admins. */
public final class RotaPage {
    private final Rotas rotas;
    private final Directory directory;
    private final Pages pages;
    private final Clock clock;

    public RotaPage(Rotas rotas, Directory directory, Pages pages, Clock clock) {
        this.rotas = rotas;
        this.directory = directory;
        this.pages = pages;
        this.clock = clock;
    }

    /** ?week=2026-W50 (default: this week), ?published=true for what routing follows. */
    public void week(Context ctx) {
        String asked = ctx.queryParam("week");
        RotaWeek week = asked == null || asked.isBlank() ? RotaWeek.of(LocalDate.now(clock)) : RotaApi.week(asked);
        boolean published = "true".equals(ctx.queryParam("published"));
        RotaView view;
        try {
            view = rotas.get(week, published);
        } catch (NotFound e) {
            view = null; // no rota for this week yet (or none published): the page says so
        }
        pages.render(ctx, "rota/week.jte", "Rota " + week, "/rota", "week", week, "published", published, "view", view,
                "lines", directory.lineNames(), "people", directory.userNames());
    }

    /** The form's action: generate a new draft, or publish the draft. Refusals (a rule broken) are the API's. */
    public void act(Context ctx) {
        RotaWeek week = RotaApi.week(ctx.formParam("week"));
        switch (String.valueOf(ctx.formParam("action"))) {
            case "generate" -> rotas.generate(week, SolveLimits.DEFAULT_TIME_CAP, PageAuth.principal(ctx));
            case "publish" -> rotas.publish(week, PageAuth.principal(ctx));
            default -> throw new BadRequestResponse("action must be generate or publish");
        }
        ctx.redirect("/rota?week=" + week, HttpStatus.SEE_OTHER);
    }
}
