package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Set;
import switchboard.rota.solver.RotaWeek;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/rota/{week}/swaps: offer a published turn to a colleague, who accepts or declines; the one offering may cancel. */
public final class SwapsApi {
    private static final Set<String> FIELDS = Set.of("turn", "fromUserId", "toUserId", "inReturn", "note");
    private final Swaps swaps;

    public SwapsApi(Swaps swaps) {
        this.swaps = swaps;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(swaps.list(RotaApi.week(ctx), paging.afterId(), paging.fetch()), SwapView::id));
    }

    /** {"turn": {"lineId", "day", "start", "end"}, "toUserId", "inReturn"?: {...}, "note"?, "fromUserId"? (admin keys)}. */
    public void offer(Context ctx) {
        RotaWeek week = RotaApi.week(ctx);
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        RotaTurn.Key turn = body.object("turn", true, (node, path, b) -> turn(week, node, path, b));
        RotaTurn.Key back = body.object("inReturn", false, (node, path, b) -> turn(week, node, path, b));
        Long from = body.id("fromUserId", false);
        Long to = body.id("toUserId", true);
        String note = body.text("note", false, 500);
        body.validate();
        ctx.status(201).json(swaps.offer(week, new Swaps.Offer(turn, from, to, back, note), ApiAuth.principal(ctx)));
    }

    public void accept(Context ctx) {
        ctx.json(swaps.accept(RotaApi.week(ctx), QueryParams.pathId(ctx), ApiAuth.principal(ctx)));
    }

    public void decline(Context ctx) {
        ctx.json(swaps.decline(RotaApi.week(ctx), QueryParams.pathId(ctx), ApiAuth.principal(ctx)));
    }

    public void cancel(Context ctx) {
        ctx.json(swaps.cancel(RotaApi.week(ctx), QueryParams.pathId(ctx), ApiAuth.principal(ctx)));
    }

    private static RotaTurn.Key turn(RotaWeek week, JsonNode node, String path, JsonBody body) {
        Element e = RotaApi.turnElement(node, path, body);
        return e == null ? null : RotaApi.turn(week, e);
    }
}
