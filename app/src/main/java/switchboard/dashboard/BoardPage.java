package switchboard.dashboard;

import gg.jte.Content;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import java.util.List;
import switchboard.access.Principal;
import switchboard.accounts.Session;
import switchboard.directory.Directory;
import switchboard.routing.Presence;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.QueryParams;

/** GET / (the board), its event stream, and the presence toggle. */
public final class BoardPage {
    private final BoardHub hub;
    private final Directory directory;
    private final Pages pages;

    /** A part as the page first shows it. */
    public record Shown(String id, Content content) {}

    public BoardPage(BoardHub hub, Directory directory, Pages pages) {
        this.hub = hub;
        this.directory = directory;
        this.pages = pages;
    }

    public void board(Context ctx) {
        Principal viewer = PageAuth.principal(ctx);
        List<Shown> parts = hub.parts().stream().map(p -> new Shown(p.id(), p.render(p.load(), viewer))).toList();
        pages.render(ctx, "board.jte", "Board", "/", "parts", parts);
    }

    /** The board's server-sent events: one event per part that changed, named after the part, its HTML as data. */
    public void events(SseClient client) {
        Session session = PageAuth.session(client.ctx());
        client.ctx().header("X-Accel-Buffering", "no"); // proxies must not hold events back
        BoardHub.Stream stream = new BoardHub.Stream(
                (event, html) -> { if (!client.terminated()) client.sendEvent(event, html); },
                () -> { if (!client.terminated()) client.sendComment("keep-alive"); },
                () -> { if (!client.terminated()) client.close(); });
        client.onClose(() -> hub.leave(stream));
        client.keepAlive();
        hub.join(stream, session.id(), session.principal());
    }

    /** POST /board/users/{id}/status: available, away or offline (Access SELF: one's own, admins anyone's). */
    public void setPresence(Context ctx) {
        long id = QueryParams.pathId(ctx);
        String status = ctx.formParam("status");
        if (status == null || !Presence.wires().contains(status)) {
            throw new BadRequestResponse("status must be one of " + String.join(", ", Presence.wires().stream().sorted().toList()));
        }
        directory.setStatus(id, status, null);
        if (ctx.header("HX-Request") != null) {
            BoardPart people = hub.parts().stream().filter(p -> p.id().equals("people")).findFirst().orElseThrow();
            Content html = people.render(people.load(), PageAuth.principal(ctx));
            ctx.contentType("text/html; charset=UTF-8");
            gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
            html.writeTo(out);
            ctx.result(out.toString());
        } else {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }
    }
}
