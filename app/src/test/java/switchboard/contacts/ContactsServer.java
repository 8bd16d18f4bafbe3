package switchboard.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** A real server whose national numbers are French (DEFAULT_REGION=FR), shared by a test class; contacts through the API. */
abstract class ContactsServer extends ServerTest {
    /** More settings for this class's server. */
    protected Map<String, String> more() {
        return Map.of();
    }

    @Override
    protected Map<String, String> serverEnv() {
        java.util.Map<String, String> env = new java.util.HashMap<>(more());
        env.putIfAbsent("DEFAULT_REGION", "FR");
        return env;
    }

    /** A contact made through the API; fails the test when refused. */
    JsonNode contact(String json) {
        Http.Response r = server.api("POST", "/api/contacts", json);
        if (r.status() != 201) throw new AssertionError(r.status() + " " + r.body());
        return ResponseJson.of(r);
    }

    /** A number no other test uses: +33 1 4x xx xx xx (Paris, valid). */
    static String paris() {
        return String.format("+3314%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    Http.Response importCsv(String csv, String key) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/contacts/import"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
