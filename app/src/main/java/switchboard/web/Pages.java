package switchboard.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders a page inside the layout: the template gets "layout" and the page's own values. */
public final class Pages {
    private final Nav nav;

    public Pages(Nav nav) {
        this.nav = nav;
    }

    /** keyValues: name, value, name, value... for the template's parameters. */
    public void render(Context ctx, String template, String title, String active, Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) model.put((String) keyValues[i], keyValues[i + 1]);
        model.put("layout", layout(ctx, title, active));
        ctx.contentType("text/html; charset=UTF-8").render(template, model);
    }

    public Layout layout(Context ctx, String title, String active) {
        var session = PageAuth.sessionOf(ctx);
        return new Layout(title, active, session.map(s -> s.principal()).orElse(null),
                session.map(s -> s.csrfToken()).orElse(PageAuth.formToken(ctx)),
                session.map(s -> nav.visibleTo(s.principal())).orElse(java.util.List.of()));
    }
}
