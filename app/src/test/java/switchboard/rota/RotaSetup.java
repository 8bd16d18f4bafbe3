package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;

/** Lines with turns, people with availability, and the week's rota, all through the real API as the admin. */
final class RotaSetup {
    private final TestServer server;
    private final Staff staff;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    RotaSetup(TestServer server) {
        this.server = server;
        this.staff = new Staff(server);
    }

    record Line(long id, String sipUri) {}

    /** A user with one app and an email, available as given: slots like {@code "MON 09:00-17:00", "TUE 09:00-13:00"}. */
    Staff.Person person(String name, int target, int maxPerDay, String... slots) {
        Staff.Person p = staff.user(name, "\"email\": \"" + name.toLowerCase().replaceAll("[^a-z]", "") + "-" + tag + "@example.test\"");
        available(p.id(), target, maxPerDay, "[]", slots);
        return p;
    }

    void available(long userId, int target, int maxPerDay, String absences, String... slots) {
        ok(server.api("PUT", "/api/users/" + userId + "/availability", "{\"slots\": [" + Arrays.stream(slots).map(RotaSetup::slot)
                .collect(Collectors.joining(", ")) + "], \"absences\": " + absences + ", \"targetTurnsPerWeek\": " + target
                + ", \"maxTurnsPerDay\": " + maxPerDay + "}"));
    }

    /** A line with one ring-all tier of these people (20 s) and these turns: {@code "MON 09:00-11:00 x2"}. */
    Line line(String name, String timeZone, Staff.Person[] members, String... turns) {
        String sip = staff.line(name, "\"timeZone\": \"" + timeZone + "\"", Staff.tier("ring-all", members));
        long id = server.jdbi().withHandle(h -> h.createQuery("select id from lines where sip_uri = :sip and deleted_at is null")
                .bind("sip", sip).mapTo(Long.class).one());
        turns(id, turns);
        return new Line(id, sip);
    }

    void turns(long lineId, String... turns) {
        ok(server.api("PUT", "/api/lines/" + lineId + "/turns", "{\"turns\": [" + Arrays.stream(turns).map(RotaSetup::turn)
                .collect(Collectors.joining(", ")) + "]}"));
    }

    JsonNode generate(String week) {
        return ok(server.api("POST", "/api/rota/" + week + "/generate", null));
    }

    JsonNode publish(String week) {
        return ok(server.api("POST", "/api/rota/" + week + "/publish", null));
    }

    JsonNode rota(String week) {
        return ok(server.api("/api/rota/" + week));
    }

    Http.Response assign(String week, long lineId, String turn, Staff.Person... people) {
        return server.api("PUT", "/api/rota/" + week + "/assignments", "{\"assignments\": [" + assignment(lineId, turn, people) + "]}");
    }

    /** {"lineId", "day", "start", "end", "userIds"} of a turn written "MON 09:00-11:00". */
    static String assignment(long lineId, String turn, Staff.Person... people) {
        String[] t = turn.split("[ -]");
        return "{\"lineId\": " + lineId + ", \"day\": \"" + t[0] + "\", \"start\": \"" + t[1] + "\", \"end\": \"" + t[2]
                + "\", \"userIds\": [" + Arrays.stream(people).map(p -> Long.toString(p.id())).collect(Collectors.joining(", ")) + "]}";
    }

    /** The user ids on one turn of a rota's JSON. */
    static java.util.List<Long> onTurn(JsonNode rota, long lineId, String turn) {
        String[] t = turn.split("[ -]");
        for (JsonNode a : rota.get("assignments")) {
            if (a.get("lineId").asLong() == lineId && a.get("day").asText().equals(t[0]) && a.get("start").asText().equals(t[1])
                    && a.get("end").asText().equals(t[2])) {
                return java.util.stream.StreamSupport.stream(a.get("userIds").spliterator(), false).map(JsonNode::asLong).toList();
            }
        }
        throw new AssertionError("no turn " + turn + " of line " + lineId + " in " + rota);
    }

    private static String slot(String s) {
        String[] t = s.split("[ -]");
        return "{\"day\": \"" + t[0] + "\", \"start\": \"" + t[1] + "\", \"end\": \"" + t[2] + "\"}";
    }

    private static String turn(String s) {
        String[] t = s.split("[ -]");
        int needed = s.contains(" x") ? Integer.parseInt(s.substring(s.indexOf(" x") + 2)) : 1;
        return "{\"day\": \"" + t[0] + "\", \"start\": \"" + t[1] + "\", \"end\": \"" + t[2] + "\", \"needed\": " + needed + "}";
    }

    private static JsonNode ok(Http.Response r) {
        if (r.status() != 200) throw new AssertionError(r.status() + ": " + r.body());
        return ResponseJson.of(r);
    }
}
