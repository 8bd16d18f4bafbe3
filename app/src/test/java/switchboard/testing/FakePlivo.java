package switchboard.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plivo's REST API, played by WireMock on a free local port. Bodies come from the templates under
 * test resources plivo/, written after the captures of real responses kept in plivo-java's repository.
 */
public final class FakePlivo implements AutoCloseable {
    public static final String AUTH_ID = "MAXXXXXXXXXXXXXXXXXX";
    public static final String ACCOUNT = "/v1/Account/" + AUTH_ID + "/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    private FakePlivo(WireMockServer server) {
        this.server = server;
    }

    public static FakePlivo start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1"));
        server.start();
        return new FakePlivo(server);
    }

    public WireMockServer wiremock() {
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The environment that points Switchboard at this fake (PLIVO_API_TIMEOUT short, for the timeout tests). */
    public Map<String, String> env() {
        return Map.of("PLIVO_API_URL", url(), "PLIVO_AUTH_ID", AUTH_ID, "PLIVO_API_TIMEOUT", "2s");
    }

    /** A test server aimed at this fake, keeping the test server's own PLIVO_AUTH_ID (its signatures use it). */
    public TestServer startServer() {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.remove("PLIVO_AUTH_ID");
        return TestServer.start(env);
    }

    /** A 200 JSON answer from a template, its {{placeholders}} filled from name/value pairs. */
    public static ResponseDefinitionBuilder json(String template, Object... values) {
        return json(200, template, values);
    }

    public static ResponseDefinitionBuilder json(int status, String template, Object... values) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fill(template, values));
    }

    /** A list page: the envelope Plivo wraps around every list, with these objects in it. */
    public static ResponseDefinitionBuilder list(List<String> objects) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(fill("listResponse.json",
                "next", null, "offset", 0, "total_count", objects.size(), "objects", new Raw("[" + String.join(",", objects) + "]")));
    }

    /** A template filled in: a quoted "{{name}}" becomes the JSON value (null, a number, a string), {{name}} in text the raw text. */
    public static String fill(String template, Object... values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) map.put((String) values[i], values[i + 1]);
        String text = resource("plivo/" + template);
        for (Map.Entry<String, Object> e : map.entrySet()) {
            text = text.replace("\"{{" + e.getKey() + "}}\"", jsonValue(e.getValue()))
                    .replace("{{" + e.getKey() + "}}", String.valueOf(e.getValue()));
        }
        if (text.matches("(?s).*\\{\\{\\w+}}.*")) throw new IllegalArgumentException("unfilled placeholder in " + template + ": " + text);
        return text;
    }

    /** Already JSON: inserted as it is. */
    public record Raw(String json) {}

    private static String jsonValue(Object value) {
        if (value instanceof Raw raw) return raw.json();
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String resource(String name) {
        var url = java.util.Objects.requireNonNull(FakePlivo.class.getClassLoader().getResource(name), name);
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(url.toURI()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
