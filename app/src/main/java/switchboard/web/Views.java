package switchboard.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * The dashboard's jte templates (app/src/main/jte), compiled with the code by jte-maven-plugin, so a template that
 * does not compile fails the build. Javalin renders them through this FileRenderer: ctx.render("calls.jte", model).
 * Output is HTML-escaped by context (text, attributes) unless a template says otherwise.
 */
public final class Views implements FileRenderer {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return html(template, model);
    }

    @SuppressWarnings("unchecked")
    public static String html(String template, Map<String, ?> model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, (Map<String, Object>) model, out);
        return out.toString();
    }

    /** A rendered template another template embeds as is: a board part, a section of a call's page. */
    @SuppressWarnings("unchecked")
    public static Content content(String template, Map<String, ?> model) {
        return out -> ENGINE.render(template, (Map<String, Object>) model, out);
    }
}
