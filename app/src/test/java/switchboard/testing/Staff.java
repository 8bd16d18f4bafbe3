package switchboard.testing;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates users with one app each and lines with tiers through the real API, with unique SIP URIs. */
public final class Staff {
    private final TestServer server;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    public Staff(TestServer server) {
        this.server = server;
    }

    public record Person(long id, String name, String sipUri) {}

    /** extraJson: more user fields, e.g. "\"maxConcurrentCalls\": 2" (may be empty). */
    public Person user(String name, String extraJson) {
        String body = "{\"name\": \"" + name + "\"" + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}";
        Http.Response created = server.api("POST", "/api/users", body);
        if (created.status() != 201) throw new AssertionError(created.body());
        long id = ResponseJson.of(created).get("id").asLong();
        String sip = "sip:" + name.toLowerCase() + "-" + tag + "@phone.plivo.com";
        server.api("POST", "/api/users/" + id + "/apps", "{\"label\": \"mobile\", \"sipUri\": \"" + sip + "\"}");
        return new Person(id, name, sip);
    }

    public Person user(String name) {
        return user(name, "");
    }

    /** A line with tiers given as JSON objects, e.g. tier("sequential", a, b). Returns its SIP URI. */
    public String line(String name, String extraJson, String... tiers) {
        String sip = "sip:" + name.toLowerCase().replace(' ', '-') + "-" + tag + "@phone.plivo.com";
        String body = "{\"name\": \"" + name + "\", \"sipUri\": \"" + sip + "\"" + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}";
        Http.Response created = server.api("POST", "/api/lines", body);
        if (created.status() != 201) throw new AssertionError(created.body());
        long id = ResponseJson.of(created).get("id").asLong();
        Http.Response put = server.api("PUT", "/api/lines/" + id + "/tiers", "{\"tiers\": [" + String.join(", ", tiers) + "]}");
        if (put.status() != 200) throw new AssertionError(put.body());
        return sip;
    }

    /** Weekly hours that are certainly not open now: one minute on another day of the week (UTC). */
    public static String hoursNotNow() {
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfWeek().plus(2).name().substring(0, 3);
        return "\"timeZone\": \"UTC\", \"%s\": [{\"day\": \"" + day + "\", \"start\": \"00:00\", \"end\": \"00:01\"}]";
    }

    public static String tier(String strategy, Person... people) {
        return "{\"strategy\": \"" + strategy + "\", \"userIds\": ["
                + Arrays.stream(people).map(p -> Long.toString(p.id())).collect(Collectors.joining(", ")) + "]}";
    }
}
