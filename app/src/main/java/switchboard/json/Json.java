package switchboard.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON configuration, and the one mapper built from it: ISO-8601 instants; unknown fields, trailing text and
 * duplicate names rejected. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // {"name": "x"} }}}garbage is not a body
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // nor is {"name": "a", "name": "b"}

    private Json() {}

    /** Thread-safe once configured: shared by the HTTP layer, the outbox and everything that reads JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An ordered map from name/value pairs, leaving out null values. */
    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The same map, written as a JSON object. */
    public static String object(Object... pairs) {
        return write(map(pairs));
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON", e);
        }
    }

    /** JSON text we wrote ourselves (stored rows, outbox payloads): unreadable means a bug, not bad input. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
