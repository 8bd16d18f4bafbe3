package switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a response body as JSON, failing the test with the body when it is not. */
public final class ResponseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseJson() {}

    public static JsonNode of(Http.Response response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.status() + "): " + response.body(), e);
        }
    }
}
