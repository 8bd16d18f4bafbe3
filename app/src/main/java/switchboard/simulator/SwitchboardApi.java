package switchboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The server's JSON API, read with a bearer key: lines and people to resolve names, the call record afterwards. */
final class SwitchboardApi {
    record Line(long id, String name, String sipUri) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String server;
    private final String key;
    private final HttpClient client;

    SwitchboardApi(HttpClient client, String server, String key) {
        this.client = client;
        this.server = Webhooks.trimSlash(server);
        this.key = key == null || key.isBlank() ? null : key;
    }

    boolean hasKey() {
        return key != null;
    }

    List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (JsonNode l : all("/api/lines")) out.add(new Line(l.path("id").asLong(), l.path("name").asText(), l.path("sipUri").asText()));
        return out;
    }

    People people() {
        List<People.Person> out = new ArrayList<>();
        for (JsonNode u : all("/api/users")) {
            List<People.App> apps = new ArrayList<>();
            for (JsonNode a : all("/api/users/" + u.path("id").asLong() + "/apps")) {
                apps.add(new People.App(a.path("label").asText(), a.path("sipUri").asText()));
            }
            out.add(new People.Person(u.path("name").asText(), List.copyOf(apps)));
        }
        return new People(out);
    }

    /** The call as {@code GET /api/calls/{id}} shows it, found by its CallUUID. */
    Optional<String> call(String callUuid) {
        JsonNode items = tree(get("/api/calls?callUuid=" + URLEncoder.encode(callUuid, StandardCharsets.UTF_8))).path("items");
        if (items.isEmpty()) return Optional.empty();
        return Optional.of(get("/api/calls/" + items.get(0).path("id").asLong()));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new Unfollowable("the API answered something that is not JSON: " + e.getMessage());
        }
    }

    private List<JsonNode> all(String path) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = tree(get(path + "?limit=200" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            page.path("items").forEach(out::add);
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return out;
    }

    private String get(String pathAndQuery) {
        if (key == null) throw new CannotSimulate("reading " + pathAndQuery.replaceAll("\\?.*", "") + " needs an API key: set API_TOKEN or --api-key");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Accept", "application/json").GET().build();
        HttpResponse<String> r;
        try {
            r = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new CannotSimulate("cannot reach " + server + ": connection refused (is the server running? see --server)");
        } catch (IOException e) {
            throw new CannotSimulate("cannot reach " + server + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotSimulate("interrupted");
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new CannotSimulate("the server refused the API key (" + r.statusCode() + "): set API_TOKEN or --api-key to a valid key");
        }
        if (r.statusCode() != 200) throw new Unfollowable("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }
}
