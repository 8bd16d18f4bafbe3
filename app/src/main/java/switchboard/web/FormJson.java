package switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Set;
import switchboard.json.Json;

/**
 * A dashboard form as the JSON the API takes, so a form is read and checked by the very code that reads the API's
 * request (JsonBody and each feature's reader): one copy of every rule. A blank field is null (unset).
 */
public final class FormJson {
    private final Context ctx;
    private final String prefix;
    private final ObjectNode node = Json.mapper().createObjectNode();

    private FormJson(Context ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
    }

    public static FormJson of(Context ctx) {
        return new FormJson(ctx, "");
    }

    /** A nested object's fields, named in the form with a prefix ("queue.enabled" for the field "enabled"). */
    public static FormJson of(Context ctx, String prefix) {
        return new FormJson(ctx, prefix);
    }

    private String value(String field) {
        String v = ctx.formParam(prefix + field);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public FormJson text(String field) {
        String v = value(field);
        if (v == null) node.putNull(field);
        else node.put(field, v);
        return this;
    }

    /** A whole number; anything else goes on as text, for the reader to name what is wrong. */
    public FormJson number(String field) {
        String v = value(field);
        if (v == null) node.putNull(field);
        else if (v.matches("-?\\d{1,18}")) node.put(field, Long.parseLong(v));
        else node.put(field, v);
        return this;
    }

    public FormJson json(String field, JsonNode value) {
        node.set(field, value);
        return this;
    }

    public ObjectNode node() {
        return node;
    }

    public JsonBody body(Set<String> allowed) {
        return JsonBody.of(node, allowed);
    }
}
