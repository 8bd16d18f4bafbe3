package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.apikeys.ApiKeys;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;

/** A line's turns and a user's availability: replaced whole, read back, checked field by field; who may change them. */
class TurnsAndAvailabilityTest extends ServerTest {

    @Test
    void a_lines_turns_are_replaced_whole_and_read_back_in_week_order() {
        long line = new RotaSetup(server).line("Turns", "Europe/Paris", new Staff.Person[] {staff.user("T")}).id();
        JsonNode put = ok(server.api("PUT", "/api/lines/" + line + "/turns", """
                {"turns": [{"day": "TUE", "start": "15:00", "end": "24:00", "needed": 2},
                           {"day": "MON", "start": "11:00", "end": "13:00", "needed": 0},
                           {"day": "MON", "start": "09:00", "end": "11:00", "needed": 1}]}"""));
        assertThat(put.toString()).isEqualTo("{\"turns\":[{\"day\":\"MON\",\"start\":\"09:00\",\"end\":\"11:00\",\"needed\":1},"
                + "{\"day\":\"MON\",\"start\":\"11:00\",\"end\":\"13:00\",\"needed\":0},"
                + "{\"day\":\"TUE\",\"start\":\"15:00\",\"end\":\"24:00\",\"needed\":2}]}");
        assertThat(ok(server.api("/api/lines/" + line + "/turns"))).isEqualTo(put);
        assertThat(ok(server.api("PUT", "/api/lines/" + line + "/turns", "{\"turns\": []}")).get("turns")).isEmpty();
        assertThat(server.api("/api/lines/987654/turns").status()).isEqualTo(404);
        assertThat(server.api("PUT", "/api/lines/987654/turns", "{\"turns\": []}").status()).isEqualTo(404);
    }

    @Test
    void bad_turns_are_one_400_naming_every_field() {
        long line = new RotaSetup(server).line("Bad turns", "UTC", new Staff.Person[] {staff.user("U")}).id();
        Http.Response r = server.api("PUT", "/api/lines/" + line + "/turns", """
                {"turns": [{"day": "Mon", "start": "09:00", "end": "11:00", "needed": 1},
                           {"day": "TUE", "start": "25:00", "end": "11:00", "needed": -1, "who": 3},
                           {"day": "WED", "start": "12:00", "end": "11:00", "needed": 1},
                           {"day": "THU", "start": "09:00", "end": "11:00", "needed": 1},
                           {"day": "THU", "start": "09:00", "end": "11:00", "needed": 2},
                           "FRI"], "lineId": 4}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("lineId", "turns[0].day",
                "turns[1].start", "turns[1].needed", "turns[1].who", "turns[2].end", "turns[4]", "turns[5]");
        assertThat(ResponseJson.of(r).get("fields").get("turns[4]").asText()).isEqualTo("repeats the turn THU 09:00-11:00");
        assertThat(server.api("PUT", "/api/lines/" + line + "/turns", "{}").status()).isEqualTo(400);
        assertThat(ok(server.api("/api/lines/" + line + "/turns")).get("turns")).as("nothing changed").isEmpty();
    }

    @Test
    void an_availability_is_declared_whole_and_read_back() {
        Staff.Person p = staff.user("Avail");
        JsonNode none = ok(server.api("/api/users/" + p.id() + "/availability"));
        assertThat(none.toString()).isEqualTo("{\"userId\":" + p.id()
                + ",\"slots\":[],\"absences\":[],\"targetTurnsPerWeek\":0,\"maxTurnsPerDay\":2}");
        JsonNode put = ok(server.api("PUT", "/api/users/" + p.id() + "/availability", """
                {"slots": [{"day": "TUE", "start": "13:00", "end": "17:00"}, {"day": "MON", "start": "09:00", "end": "13:00"}],
                 "absences": [{"from": "2026-12-21", "to": "2026-12-25", "reason": "holiday"}, {"from": "2027-01-04", "to": "2027-01-04"}],
                 "targetTurnsPerWeek": 6, "maxTurnsPerDay": 2}"""));
        assertThat(put.toString()).isEqualTo("{\"userId\":" + p.id() + ",\"slots\":[{\"day\":\"MON\",\"start\":\"09:00\",\"end\":\"13:00\"},"
                + "{\"day\":\"TUE\",\"start\":\"13:00\",\"end\":\"17:00\"}],\"absences\":[{\"from\":\"2026-12-21\",\"to\":\"2026-12-25\","
                + "\"reason\":\"holiday\"},{\"from\":\"2027-01-04\",\"to\":\"2027-01-04\",\"reason\":null}],\"targetTurnsPerWeek\":6,"
                + "\"maxTurnsPerDay\":2}");
        assertThat(ok(server.api("/api/users/" + p.id() + "/availability"))).isEqualTo(put);
        assertThat(server.api("/api/users/987654/availability").status()).isEqualTo(404);
    }

    @Test
    void a_bad_availability_is_one_400_naming_every_field() {
        Staff.Person p = staff.user("Bad avail");
        Http.Response r = server.api("PUT", "/api/users/" + p.id() + "/availability", """
                {"slots": [{"day": "XYZ", "start": "09:00", "end": "09:00"}, 7],
                 "absences": [{"from": "2026-12-25", "to": "2026-12-21"}, {"from": "2026-02-30", "to": "2026-03-01", "why": "?"}],
                 "targetTurnsPerWeek": -1, "maxTurnsPerDay": "two", "name": "x"}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("slots[0].day", "slots[0].end",
                "slots[1]", "absences[0].to", "absences[1].from", "absences[1].why", "targetTurnsPerWeek", "maxTurnsPerDay", "name");
        Http.Response missing = server.api("PUT", "/api/users/" + p.id() + "/availability", "{}");
        assertThat(ResponseJson.of(missing).get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("slots", "targetTurnsPerWeek", "maxTurnsPerDay");
    }

    @Test
    void users_declare_their_own_availability_and_admins_anyones() {
        Staff.Person me = staff.user("Me"), other = staff.user("Other");
        String key = new ApiKeys(server.jdbi()).create("avail-" + me.id(), "user", me.id()).key();
        String body = "{\"slots\": [{\"day\": \"FRI\", \"start\": \"08:00\", \"end\": \"12:00\"}], \"targetTurnsPerWeek\": 2,"
                + " \"maxTurnsPerDay\": 1}";
        assertThat(server.apiAs(key, "PUT", "/api/users/" + me.id() + "/availability", body).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "PUT", "/api/users/" + other.id() + "/availability", body).status()).isEqualTo(403);
        assertThat(server.apiAs(key, "GET", "/api/users/" + other.id() + "/availability", null).status()).isEqualTo(200);
        assertThat(server.api("PUT", "/api/users/" + other.id() + "/availability", body).status()).isEqualTo(200);
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ResponseJson.of(r);
    }
}
