package switchboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import switchboard.errors.InvalidInput;
import switchboard.json.Json;
import switchboard.sip.SipUri;

/** A JSON object body, read field by field; every problem is collected and answered at once as a 400. */
public final class JsonBody {
    private final ObjectNode node;
    private final String prefix; // a nested object's errors are named "field.name"
    private final Map<String, String> errors;

    private JsonBody(ObjectNode node) {
        this(node, "", new LinkedHashMap<>());
    }

    private JsonBody(ObjectNode node, String prefix, Map<String, String> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    public static JsonBody parse(Context ctx, Set<String> allowed) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) throw new BadRequestResponse("the body must be a JSON object");
        JsonBody body = new JsonBody(object);
        body.refuseUnstorable(object, "");
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) body.error(name, "unknown field");
        }
        return body;
    }

    /** A body built by hand (a dashboard form as JSON, see FormJson): read and checked exactly like a request's. */
    public static JsonBody of(ObjectNode object, Set<String> allowed) {
        JsonBody body = new JsonBody(object);
        body.refuseUnstorable(object, "");
        object.fieldNames().forEachRemaining(name -> { if (!allowed.contains(name)) body.error(name, "unknown field"); });
        return body;
    }

    /** Every string and name in the body, at any depth, must be storable: else a 400 naming where it is. */
    private void refuseUnstorable(JsonNode v, String path) {
        if (v.isTextual()) {
            TextInput.problem(v.textValue()).ifPresent(p -> error(path, p));
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) refuseUnstorable(v.get(i), path + "[" + i + "]");
        } else if (v.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = v.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = (path.isEmpty() ? "" : path + ".") + TextInput.storable(f.getKey());
                TextInput.problem(f.getKey()).ifPresent(p -> error(name, "name " + p));
                refuseUnstorable(f.getValue(), name);
            }
        }
    }

    /** A form laid over the current resource, as a PATCH is. */
    public static JsonBody patch(ObjectNode changes, Set<String> allowed, Object current) {
        ObjectNode merged = Json.mapper().createObjectNode();
        JsonNode base = Json.tree(Json.write(current)); // through text: raw JSON fields (hours) become trees
        allowed.forEach(f -> { if (base.has(f)) merged.set(f, base.get(f)); });
        merged.setAll(changes);
        return of(merged, allowed);
    }

    /** PATCH: the body laid over the current resource, so it is read and checked exactly like a POST. */
    public static JsonBody patch(Context ctx, Set<String> allowed, Object current) {
        JsonBody patch = parse(ctx, allowed);
        JsonBody body = patch(patch.node, allowed, current);
        body.errors.putAll(patch.errors);
        return body;
    }

    /** The field as given (missing node when absent), for values of several shapes; report problems with error(). */
    public JsonNode value(String field) {
        return node.path(field);
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** A nested object, read like a body of its own; its problems count as this body's. Null when absent or null. */
    public JsonBody object(String field, Set<String> allowed) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!(v instanceof ObjectNode object)) return fail(field, "must be an object");
        JsonBody nested = new JsonBody(object, prefix + field + ".", errors);
        object.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) nested.error(name, "unknown field");
        });
        return nested;
    }

    /** true or false; null when absent or JSON null (an error if required). */
    public Boolean bool(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        return v.isBoolean() ? v.asBoolean() : fail(field, "must be true or false");
    }

    /** A string; null when absent or JSON null (an error if required). Trimmed; blank is an error. */
    public String text(String field, boolean required, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        if (!v.isTextual()) return fail(field, "must be a string");
        String s = v.asText().trim();
        if (s.isEmpty()) return fail(field, "must not be empty");
        if (s.length() > maxLength) return fail(field, "must be at most " + maxLength + " characters");
        return s;
    }

    public String oneOf(String field, boolean required, Set<String> allowed) {
        String s = text(field, required, 64);
        if (s != null && !allowed.contains(s)) return fail(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        return s;
    }

    /** A positive whole number naming a row; null when absent or JSON null (an error if required). */
    public Long id(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1) return fail(field, "must be a positive whole number");
        return v.asLong();
    }

    public String sipUri(String field, boolean required) {
        String s = text(field, required, 255);
        if (s != null && !SipUri.isValid(s)) return fail(field, "must be a SIP URI like sip:name@phone.plivo.com");
        return s == null ? null : SipUri.normalize(s);
    }

    public String email(String field) {
        String s = text(field, false, 254);
        if (s != null && !s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) return fail(field, "must be an email address");
        return s;
    }

    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) return fail(field, "must be a whole number");
        if (v.asInt() < min || v.asInt() > max) return fail(field, "must be between " + min + " and " + max);
        return v.asInt();
    }

    /** true or false; null when absent or JSON null. */
    public Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        return v.isBoolean() ? v.asBoolean() : fail(field, "must be true or false");
    }

    /** An array of strings, each trimmed and not empty; empty when absent or JSON null. */
    public List<String> texts(String field, int maxItems, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray() || v.size() > maxItems) return failed(field, "must be an array of at most " + maxItems + " strings");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode e = v.get(i);
            String s = e.isTextual() ? e.asText().trim() : null;
            if (s == null || s.isEmpty() || s.length() > maxLength) error(path, "must be a string of 1 to " + maxLength + " characters");
            else out.add(s);
        }
        return out;
    }

    private List<String> failed(String field, String problem) {
        error(field, problem);
        return List.of();
    }

    public String zone(String field, String fallback) {
        String s = text(field, false, 64);
        if (s == null) return fallback;
        return validZone(s) ? s : fail(field, "must be an IANA time zone such as Europe/Paris");
    }

    private static boolean validZone(String id) {
        try {
            java.time.ZoneId.of(id);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A JSON value checked by {@code problem}, kept as JSON text; null when absent or null. */
    public String json(String field, Function<JsonNode, Optional<String>> problem) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        Optional<String> wrong = problem.apply(v);
        return wrong.isPresent() ? fail(field, wrong.get()) : v.toString();
    }

    /** An array of objects, each handed to the reader with its own path for error messages. */
    public <T> List<T> objects(String field, ElementReader<T> reader) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            error(field, "is required and must be an array");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) out.add(reader.read(v.get(i), field + "[" + i + "]", this));
        return out;
    }

    /** A nested object handed to the reader with its field name as path; null when absent or null (an error if required). */
    public <T> T object(String field, boolean required, ElementReader<T> reader) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        return reader.read(v, field, this);
    }

    public interface ElementReader<T> {
        T read(JsonNode element, String path, JsonBody body);
    }

    public void error(String field, String problem) {
        errors.putIfAbsent(prefix + field, problem);
    }

    private <T> T fail(String field, String problem) {
        error(field, problem);
        return null;
    }

    /** Throws the collected problems, if any. Call once every field has been read. */
    public void validate() {
        if (!errors.isEmpty()) throw new InvalidInput(errors);
    }
}
