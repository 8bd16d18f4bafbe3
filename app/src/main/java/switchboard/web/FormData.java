package switchboard.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import switchboard.errors.InvalidInput;

/**
 * Form-encoded text (a query string, a webhook's body) decoded strictly: a broken percent escape is a 400 naming the
 * parameter, never a parameter silently dropped (Javalin's own parser drops it: a filter would vanish). Values come
 * as sent; {@link TextInput} says what can be stored.
 */
public final class FormData {
    private static final String WEBHOOK_PARAMS = "switchboard.webhookParams";

    private FormData() {}

    public static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName, rawName);
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(decode(eq < 0 ? "" : pair.substring(eq + 1), name));
        }
        out.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(out);
    }

    /** A webhook's parameters: the query of a GET, the form body of a POST; decoded once per request. */
    public static Map<String, List<String>> webhookParams(Context ctx) {
        Map<String, List<String>> params = ctx.attribute(WEBHOOK_PARAMS);
        if (params == null) {
            params = parse(ctx.method() == HandlerType.GET ? ctx.queryString() : ctx.body());
            ctx.attribute(WEBHOOK_PARAMS, params);
        }
        return params;
    }

    private static String decode(String text, String name) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field(TextInput.storable(name), "has an invalid percent escape");
        }
    }
}
