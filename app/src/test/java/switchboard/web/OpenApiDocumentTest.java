package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.apikeys.ApiKeys;
import switchboard.db.Database;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.TestPostgres;
import switchboard.testing.TestServer;

/** Keeps openapi.json true: every route, every response field, every request field, every access rule. */
class OpenApiDocumentTest extends ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private JsonNode doc;

    record Operation(String method, String path, JsonNode node) {}

    @BeforeAll
    void readDocument() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.json")) {
            doc = JSON.readTree(in);
        }
    }

    @Test
    void every_registered_route_is_described() {
        Set<String> registered = new TreeSet<>();
        try (Database db = TestPostgres.freshDatabase(); Server app = Server.start(TestServer.config(Map.of()), db.jdbi())) {
            app.routes().stream().filter(r -> METHODS.contains(r.substring(0, r.indexOf(' '))))
                    .filter(r -> !PageAuth.isPage(r.substring(r.indexOf(' ') + 1))) // the dashboard's HTML pages: README
                    .filter(r -> !Assets.paths().contains(r.substring(r.indexOf(' ') + 1))) // its static files: README
                    .forEach(registered::add);
        }
        Set<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op.method() + " " + op.path()));
        assertThat(documented).as("registered but not documented: %s%ndocumented but not registered: %s",
                minus(registered, documented), minus(documented, registered)).isEqualTo(registered);
    }

    @Test
    void the_document_is_served_at_openapi_json() {
        Http.Response r = server.http().get("/openapi.json", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode served = ResponseJson.of(r);
        assertThat(served.path("openapi").asText()).startsWith("3.");
        assertThat(served).isEqualTo(doc);
    }

    @Test
    void documented_response_fields_match_real_responses() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        call.answer();
        call.answeredBy(0, "sip:luke-mobile@phone.plivo.com");
        long user = get("/api/users").at("/items/0/id").asLong(), line = get("/api/lines").at("/items/0/id").asLong();
        long app = get("/api/users/" + user + "/apps").at("/items/0/id").asLong();
        // Fill the JSON-valued fields of every listed user and line, so their items are checked too.
        get("/api/users").get("items").forEach(u -> server.api("PATCH", "/api/users/" + u.get("id").asLong(),
                "{\"workingHours\": [{\"day\": \"MON\", \"start\": \"00:00\", \"end\": \"24:00\"}]}"));
        get("/api/lines").get("items").forEach(l -> server.api("PATCH", "/api/lines/" + l.get("id").asLong(),
                "{\"businessHours\": [{\"day\": \"SUN\", \"start\": \"00:00\", \"end\": \"24:00\"}],"
                        + " \"closures\": [{\"date\": \"2030-01-01\", \"reason\": \"New year\"}]}"));
        long callId = get("/api/calls?callUuid=" + call.uuid).at("/items/0/id").asLong();
        assertThat(get("/api/calls/" + callId).at("/answeredBy/app").isObject()).as("the call has answeredBy.app").isTrue();
        Map<String, String> responses = Map.of("/api/users", "/api/users", "/api/users/{id}", "/api/users/" + user,
                "/api/users/{id}/apps", "/api/users/" + user + "/apps", "/api/apps/{id}", "/api/apps/" + app,
                "/api/lines", "/api/lines", "/api/lines/{id}", "/api/lines/" + line, "/api/lines/{id}/tiers",
                "/api/lines/" + line + "/tiers", "/api/calls", "/api/calls", "/api/calls/{id}", "/api/calls/" + callId,
                "/health", "/health"); // documented path -> a real request
        List<String> problems = new ArrayList<>();
        for (var r : responses.entrySet()) compare("GET " + r.getValue(), get(r.getValue()), responseSchema("get", r.getKey(), "200"), problems);
        // A callback with a note, so the notes' items are checked too.
        long callback = ResponseJson.of(server.api("POST", "/api/callbacks", "{\"lineId\": " + line
                + ", \"from\": \"+4930555000\", \"note\": \"documented\"}")).get("id").asLong();
        compare("GET /api/callbacks", get("/api/callbacks?from=%2B4930555000"), responseSchema("get", "/api/callbacks", "200"), problems);
        compare("GET /api/callbacks/" + callback, get("/api/callbacks/" + callback), responseSchema("get", "/api/callbacks/{id}", "200"), problems);
        compare("GET /api/queue", queueWithACallerBeingOffered(), responseSchema("get", "/api/queue", "200"), problems);
        compare("GET /api/reports/summary", get("/api/reports/summary?groupBy=line"), responseSchema("get", "/api/reports/summary", "200"), problems);
        menusAndContacts(line, problems);
        rotaResponses(problems);
        assertThat(problems).as("real responses differ from the documented schemas").isEmpty();
    }

    /** GET /api/queue with only a fresh line, where one caller waits and is being offered (so no list is empty). */
    private JsonNode queueWithACallerBeingOffered() {
        Staff.Person quinn = staff.user("Quinn");
        Staff.Person rae = staff.user("Rae");
        String line = staff.line("Queued", "\"queue\": {\"enabled\": true}", Staff.tier("ring-all", quinn, rae));
        PlivoCall first = server.newCall(line);
        first.answer();
        first.answeredBy(0, quinn.sipUri());
        PlivoCall onRae = server.newCall(line);
        onRae.answer();
        onRae.answeredBy(0, rae.sipUri());
        PlivoCall waiting = server.newCall(line);
        assertThat(waiting.answer().xml().count("/Response/Redirect")).as("it waits").isEqualTo(1);
        onRae.hangup(30, "NORMAL_CLEARING");
        assertThat(waiting.waitEnded(0).xml().strings("/Response/Dial/User")).containsExactly(rae.sipUri());
        long lineId = get("/api/calls?callUuid=" + waiting.uuid).at("/items/0/line/id").asLong();
        ObjectNode queue = (ObjectNode) get("/api/queue");
        var lines = queue.putArray("lines");
        get("/api/queue").get("lines").forEach(l -> { if (l.get("lineId").asLong() == lineId) lines.add(l); });
        assertThat(lines).hasSize(1);
        return queue;
    }

    /** A known caller through a menu, so the call's routedLine and caller are checked too. */
    private void menusAndContacts(long line, List<String> problems) {
        long menuLine = ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": \"Menu\", \"sipUri\": \"sip:openapi-menu@phone.plivo.com\"}")).get("id").asLong();
        server.api("PUT", "/api/lines/" + menuLine + "/menu", "{\"prompt\": \"Press 1.\", \"options\": [{\"key\": \"1\", \"lineId\": " + line + "}]}");
        long contact = ResponseJson.of(server.api("POST", "/api/contacts", "{\"name\": \"Documented\", \"company\": \"Co\","
                + " \"numbers\": [\"sip:openapi-caller@phone.plivo.com\"], \"tags\": [\"t\"]}")).get("id").asLong();
        PlivoCall call = server.newCall("sip:openapi-menu@phone.plivo.com", "sip:openapi-caller@phone.plivo.com");
        call.answer();
        server.plivo("/plivo/menu/0/digits", call.params("Digits", "1"));
        long callId = get("/api/calls?callUuid=" + call.uuid).at("/items/0/id").asLong();
        JsonNode routed = get("/api/calls/" + callId);
        assertThat(routed.get("routedLine").isObject() && routed.get("caller").isObject()).as("routedLine and caller: " + routed).isTrue();
        compare("GET /api/calls/" + callId, routed, responseSchema("get", "/api/calls/{id}", "200"), problems);
        compare("GET /api/lines/" + menuLine + "/menu", get("/api/lines/" + menuLine + "/menu"), responseSchema("get", "/api/lines/{id}/menu", "200"), problems);
        compare("GET /api/contacts", get("/api/contacts"), responseSchema("get", "/api/contacts", "200"), problems);
        compare("GET /api/contacts/" + contact, get("/api/contacts/" + contact), responseSchema("get", "/api/contacts/{id}", "200"), problems);
    }

    /** The rota's reads, over a week with a turn filled, turns uncovered, a rule broken since, and a swap with a turn in return. */
    private void rotaResponses(List<String> problems) {
        long jane = server.directory().userId("Jane"), support = 3;
        server.api("PUT", "/api/rota/2030-W12/assignments", rotaTurn(support, "MON", "14:00", "16:00", jane));
        server.api("PUT", "/api/users/" + jane + "/availability", "{\"slots\": [{\"day\": \"MON\", \"start\": \"14:00\", \"end\": \"18:00\"}],"
                + " \"absences\": [{\"from\": \"2030-03-18\", \"to\": \"2030-03-18\", \"reason\": \"training\"}], \"targetTurnsPerWeek\": 6,"
                + " \"maxTurnsPerDay\": 2}");
        swapWeek("2030-W13");
        String offer = doc.at("/paths/~1api~1rota~1{week}~1swaps/post/requestBody/content/application~1json/example").toString();
        assertThat(server.api("POST", "/api/rota/2030-W13/swaps", offer).status()).isEqualTo(201);
        Map<String, String> responses = Map.of("/api/rota/{week}", "/api/rota/2030-W12", "/api/rota/{week}/changes",
                "/api/rota/2030-W12/changes", "/api/rota/{week}/swaps", "/api/rota/2030-W13/swaps", "/api/lines/{id}/turns",
                "/api/lines/" + support + "/turns", "/api/users/{id}/availability", "/api/users/" + jane + "/availability");
        for (var r : responses.entrySet()) compare("GET " + r.getValue(), get(r.getValue()), responseSchema("get", r.getKey(), "200"), problems);
        String ics = server.http().get(get("/api/users/" + jane).get("calendarUrl").asText().substring(TestServer.PUBLIC_URL.length()),
                Map.of()).contentType();
        if (!doc.at("/paths/~1rota~1{token}.ics/get/responses/200/content").has(ics.replaceAll(";.*", ""))) {
            problems.add("GET /rota/{token}.ics: undocumented content type " + ics);
        }
    }

    /** Peter on Support Monday 09-11 and Luke 11-13, published; Peter offers his for Luke's. */
    private void swapWeek(String week) {
        long peter = server.directory().userId("Peter"), luke = server.directory().userId("Luke");
        server.api("PUT", "/api/rota/" + week + "/assignments", rotaTurn(3, "MON", "09:00", "11:00", peter));
        server.api("PUT", "/api/rota/" + week + "/assignments", rotaTurn(3, "MON", "11:00", "13:00", luke));
        assertThat(server.api("POST", "/api/rota/" + week + "/publish", null).status()).isEqualTo(200);
    }

    private static String rotaTurn(long lineId, String day, String start, String end, long userId) {
        return "{\"assignments\": [{\"lineId\": " + lineId + ", \"day\": \"" + day + "\", \"start\": \"" + start + "\", \"end\": \""
                + end + "\", \"userIds\": [" + userId + "]}]}";
    }

    @Test
    void documented_request_fields_match_what_the_api_accepts() {
        long user = accepted("POST", "/api/users", "/api/users").get("id").asLong();
        long app = accepted("POST", "/api/users/{id}/apps", "/api/users/" + user + "/apps").get("id").asLong();
        accepted("PATCH", "/api/apps/{id}", "/api/apps/" + app);
        accepted("PATCH", "/api/users/{id}", "/api/users/" + user);
        accepted("PUT", "/api/users/{id}/status", "/api/users/" + user + "/status");
        long line = accepted("POST", "/api/lines", "/api/lines").get("id").asLong();
        accepted("PATCH", "/api/lines/{id}", "/api/lines/" + line);
        accepted("PUT", "/api/lines/{id}/tiers", "/api/lines/" + line + "/tiers");
        long callback = accepted("POST", "/api/callbacks", "/api/callbacks").get("id").asLong();
        accepted("PATCH", "/api/callbacks/{id}", "/api/callbacks/" + callback);
        accepted("POST", "/api/callbacks/{id}/notes", "/api/callbacks/" + callback + "/notes");
        accepted("PUT", "/api/lines/{id}/turns", "/api/lines/" + line + "/turns");
        accepted("PUT", "/api/users/{id}/availability", "/api/users/" + user + "/availability");
        // the documented examples name the demo directory: Peter (2) on Support (3), a rule broken by Jane (1) already there
        long jane = server.directory().userId("Jane");
        server.api("PUT", "/api/rota/2030-W10/assignments", rotaTurn(3, "MON", "14:00", "16:00", jane));
        server.api("PUT", "/api/users/" + jane + "/availability", "{\"slots\": [], \"targetTurnsPerWeek\": 1, \"maxTurnsPerDay\": 1}");
        accepted("PUT", "/api/rota/{week}/assignments", "/api/rota/2030-W10/assignments");
        swapWeek("2030-W11");
        accepted("POST", "/api/rota/{week}/swaps", "/api/rota/2030-W11/swaps");
        accepted("PUT", "/api/lines/{id}/menu", "/api/lines/" + line + "/menu");
        long contact = accepted("POST", "/api/contacts", "/api/contacts").get("id").asLong();
        accepted("PATCH", "/api/contacts/{id}", "/api/contacts/" + contact);
        for (String path : List.of("/api/lines/" + line + "/menu", "/api/contacts/" + contact, "/api/apps/" + app, "/api/lines/" + line,
                "/api/users/" + user)) {
            assertThat(server.api("DELETE", path, null).status()).as("DELETE " + path).isEqualTo(204);
        }
    }

    @Test
    void documented_access_is_what_the_api_enforces() {
        long jane = server.directory().userId("Jane"), peter = server.directory().userId("Peter");
        String janeKey = new ApiKeys(server.jdbi()).create("openapi-test", "user", jane).key();
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.path().startsWith("/api/")) continue;
            String access = op.node().path("x-access").asText();
            boolean perCallback = access.equals("own or unassigned") || access.equals("own turns"); // refused per row, never by the route
            String path = op.path().replace("{id}", Long.toString(access.equals("self") ? peter : perCallback ? 987654321 : jane)) // self: not hers
                    .replace("{week}", "2030-W40");
            int anonymous = server.http().json(op.method(), path, "{}", Map.of()).status();
            int asUser = server.apiAs(janeKey, op.method(), path, "{}").status();
            boolean restricted = !access.equals("any key") && !perCallback; // a user key may be refused
            boolean bearer = op.node().at("/security/0/bearerAuth").isArray() && op.node().at("/responses/401").isObject();
            if (!Set.of("admin", "any key", "self", "on call", "own or unassigned", "own turns").contains(access) || !bearer || anonymous != 401
                    || (asUser == 403) != restricted || op.node().at("/responses/403").isMissingNode() == (restricted || perCallback)) {
                wrong.add(op.method() + " " + op.path() + " x-access '" + access + "'" + (bearer ? "" : ", no bearer/401 documented")
                        + ": without a key " + anonymous
                        + ", with a user key " + asUser + (op.node().at("/responses/403").isMissingNode() ? ", no 403 documented" : ""));
            }
        }
        assertThat(server.apiAs(janeKey, "PUT", "/api/users/" + jane + "/status", "{}").status()).as("her own status").isEqualTo(400);
        assertThat(wrong).as("documented access differs from the real access").isEmpty();
    }

    /** Sends the documented example, which must hold every documented field; then the same with an undocumented one. */
    private JsonNode accepted(String method, String documentedPath, String path) {
        JsonNode op = doc.path("paths").path(documentedPath).path(method.toLowerCase());
        JsonNode media = op.at("/requestBody/content/application~1json");
        String what = method + " " + documentedPath;
        List<String> problems = new ArrayList<>();
        compare(what + " example", media.path("example"), media.path("schema"), problems);
        String status = names(op.path("responses")).stream().filter(s -> s.startsWith("2")).findFirst().orElse("2xx");
        Http.Response r = server.api(method, path, media.path("example").toString());
        assertThat(r.status()).as(what + " with the documented example: " + r.body()).hasToString(status);
        JsonNode created = ResponseJson.of(r);
        compare(what + " response", created, responseSchema(method.toLowerCase(), documentedPath, status), problems);
        ObjectNode bogus = ((ObjectNode) media.path("example").deepCopy()).put("bogus", 1);
        Http.Response refused = server.api(method, path, bogus.toString());
        assertThat(refused.status()).as(what + " with a bogus field: " + refused.body()).isEqualTo(400);
        JsonNode error = ResponseJson.of(refused);
        assertThat(error.at("/fields/bogus").asText()).as(what + " names the bogus field: " + error).isEqualTo("unknown field");
        compare(what + " 400", error, responseSchema(method.toLowerCase(), documentedPath, "400"), problems);
        assertThat(problems).as("request fields differ from the documented schema").isEmpty();
        return created;
    }

    /** Compares a JSON value's field names with its schema's properties, all the way down. */
    private void compare(String where, JsonNode value, JsonNode schemaOrRef, List<String> problems) {
        JsonNode schema = flatten(schemaOrRef);
        if (schema.isMissingNode() || value.isMissingNode()) {
            problems.add(where + ": nothing to compare (schema " + schemaOrRef + ", value " + value + ")");
        } else if (value.isObject() && schema.has("properties")) {
            Set<String> real = names(value), documented = names(schema.get("properties"));
            if (!real.equals(documented)) {
                problems.add(where + ": undocumented " + minus(real, documented) + ", documented but absent " + minus(documented, real));
            }
            real.stream().filter(documented::contains)
                    .forEach(f -> compare(where + "." + f, value.get(f), schema.get("properties").get(f), problems));
        } else if (value.isArray() && flatten(schema.path("items")).has("properties")) {
            if (value.isEmpty()) problems.add(where + ": empty, so its items cannot be checked");
            value.forEach(item -> compare(where + "[]", item, schema.get("items"), problems));
        }
    }

    /** A schema with its $ref followed and its allOf parts' properties merged. */
    private JsonNode flatten(JsonNode schema) {
        if (schema.has("$ref")) return flatten(doc.at(schema.get("$ref").asText().substring(1)));
        if (!schema.has("allOf")) return schema;
        ObjectNode merged = JSON.createObjectNode();
        ObjectNode properties = merged.putObject("properties");
        schema.get("allOf").forEach(part -> {
            if (flatten(part).get("properties") instanceof ObjectNode p) properties.setAll(p);
        });
        return merged;
    }

    private JsonNode responseSchema(String method, String path, String status) {
        return flatten(doc.path("paths").path(path).path(method).path("responses").path(status)).at("/content/application~1json/schema");
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            if (METHODS.contains(m.getKey().toUpperCase())) ops.add(new Operation(m.getKey().toUpperCase(), p.getKey(), m.getValue()));
        }));
        return ops;
    }

    private JsonNode get(String path) {
        Http.Response r = server.api(path);
        assertThat(r.status()).as("GET " + path + ": " + r.body()).isEqualTo(200);
        return ResponseJson.of(r);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
