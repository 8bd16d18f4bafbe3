package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.apikeys.ApiKeys;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;

/** Hand edits of a week's rota: each hard rule refused with a 409 naming it, bad input with one 400, every change logged. */
class RotaEditsTest extends ServerTest {
    RotaSetup rota;
    Staff.Person ann;
    Staff.Person bob;
    Staff.Person cleo;
    long desk;
    long phones;

    @BeforeEach
    void lines() {
        rota = new RotaSetup(server);
        ann = rota.person("Ann", 3, 2, "MON 08:00-18:00", "TUE 08:00-12:00");
        bob = rota.person("Bob", 3, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        cleo = rota.person("Cleo", 3, 1, "MON 08:00-18:00");
        desk = rota.line("Desk", "UTC", new Staff.Person[] {ann, bob, cleo}, "MON 09:00-11:00", "MON 11:00-13:00",
                "MON 13:00-15:00", "TUE 09:00-11:00 x2", "TUE 14:00-16:00").id();
        phones = rota.line("Phones", "UTC", new Staff.Person[] {ann, bob}, "MON 10:00-12:00").id();
    }

    @Test
    void a_hand_made_rota_starts_from_the_lines_turns_and_stays_proposed_until_published() {
        JsonNode draft = ok(rota.assign("2027-W03", desk, "MON 09:00-11:00", ann));
        assertThat(draft.get("status").asText()).isEqualTo("proposed");
        assertThat(draft.get("publication").asInt()).isZero();
        assertThat(RotaSetup.onTurn(draft, desk, "MON 09:00-11:00")).containsExactly(ann.id());
        assertThat(RotaSetup.onTurn(draft, desk, "TUE 09:00-11:00")).isEmpty();
        assertThat(RotaSetup.onTurn(draft, phones, "MON 10:00-12:00")).isEmpty();
        assertThat(server.api("/api/rota/2027-W03?published=true").status()).isEqualTo(404);

        JsonNode published = rota.publish("2027-W03");
        assertThat(published.get("status").asText()).isEqualTo("published");
        assertThat(published.get("publication").asInt()).isEqualTo(1);
        assertThat(published.get("publishedAt").asText()).isNotEmpty();

        JsonNode edited = ok(rota.assign("2027-W03", desk, "MON 09:00-11:00", bob));
        assertThat(edited.get("status").asText()).isEqualTo("proposed");
        JsonNode live = ok(server.api("/api/rota/2027-W03?published=true"));
        assertThat(RotaSetup.onTurn(live, desk, "MON 09:00-11:00")).containsExactly(ann.id());
        assertThat(rota.publish("2027-W03").get("publication").asInt()).isEqualTo(2);
        assertThat(rota.publish("2027-W03").get("publication").asInt()).as("nothing new to publish").isEqualTo(2);
    }

    @Test
    void a_turn_outside_someones_slots_is_409_not_available() {
        assertRefused(rota.assign("2027-W04", desk, "TUE 14:00-16:00", ann), "not-available: Ann (user " + ann.id()
                + ") is not available for line " + desk + " TUESDAY 2027-01-26 14:00-16:00");
    }

    @Test
    void a_turn_on_a_day_of_absence_is_409_absent() {
        rota.available(bob.id(), 3, 2, "[{\"from\": \"2027-02-01\", \"to\": \"2027-02-05\", \"reason\": \"holiday\"}]",
                "MON 08:00-18:00", "TUE 08:00-18:00");
        assertRefused(rota.assign("2027-W05", desk, "MON 09:00-11:00", bob), "absent: Bob (user " + bob.id()
                + ") is absent on 2027-02-01");
        assertThat(rota.assign("2027-W06", desk, "MON 09:00-11:00", bob).status()).as("the week after").isEqualTo(200);
    }

    @Test
    void more_turns_in_a_day_than_allowed_is_409_max_turns_per_day() {
        assertThat(rota.assign("2027-W07", desk, "MON 09:00-11:00", cleo).status()).isEqualTo(200);
        assertRefused(rota.assign("2027-W07", desk, "MON 13:00-15:00", cleo), "max-turns-per-day: Cleo (user " + cleo.id()
                + ") has 2 turns on 2027-02-15, at most 1 allowed");
    }

    @Test
    void two_turns_at_once_across_lines_is_409_overlapping_turns() {
        assertThat(rota.assign("2027-W08", desk, "MON 09:00-11:00", ann).status()).isEqualTo(200);
        assertRefused(rota.assign("2027-W08", phones, "MON 10:00-12:00", ann), "overlapping-turns: Ann (user " + ann.id()
                + ") is on line " + desk + " MONDAY 2027-02-22 09:00-11:00 and line " + phones + " MONDAY 2027-02-22 10:00-12:00 at once");
    }

    @Test
    void a_turn_of_a_line_whose_tiers_they_are_not_in_is_409_not_a_tier_member() {
        assertRefused(rota.assign("2027-W09", phones, "MON 10:00-12:00", cleo), "not-a-tier-member: Cleo (user " + cleo.id()
                + ") is not in any tier of line " + phones + " (Phones)");
        Staff.Person nobody = staff.user("Nobody");
        assertRefused(rota.assign("2027-W09", desk, "MON 09:00-11:00", nobody), "not-available: Nobody (user " + nobody.id() + ")");
    }

    @Test
    void unassigning_and_swapping_in_one_request_are_checked_on_the_result() {
        ok(server.api("PUT", "/api/rota/2027-W10/assignments", "{\"assignments\": [" + RotaSetup.assignment(desk, "MON 09:00-11:00", ann)
                + ", " + RotaSetup.assignment(phones, "MON 10:00-12:00", bob) + "]}"));
        // Ann and Bob trade turns that overlap in time: one after the other would be two turns at once, together it is fine
        JsonNode swapped = ok(server.api("PUT", "/api/rota/2027-W10/assignments", "{\"assignments\": ["
                + RotaSetup.assignment(desk, "MON 09:00-11:00", bob) + ", " + RotaSetup.assignment(phones, "MON 10:00-12:00", ann) + "]}"));
        assertThat(RotaSetup.onTurn(swapped, desk, "MON 09:00-11:00")).containsExactly(bob.id());
        assertThat(RotaSetup.onTurn(swapped, phones, "MON 10:00-12:00")).containsExactly(ann.id());
        JsonNode unassigned = ok(rota.assign("2027-W10", phones, "MON 10:00-12:00"));
        assertThat(RotaSetup.onTurn(unassigned, phones, "MON 10:00-12:00")).isEmpty();
        assertThat(unassigned.get("uncovered").toString()).contains("\"lineId\":" + phones);
    }

    @Test
    void a_rule_broken_since_does_not_block_other_edits_but_blocks_publishing() {
        ok(rota.assign("2027-W11", desk, "MON 09:00-11:00", cleo));
        rota.available(cleo.id(), 3, 1, "[{\"from\": \"2027-03-15\", \"to\": \"2027-03-15\"}]", "MON 08:00-18:00");
        JsonNode now = rota.rota("2027-W11");
        assertThat(now.at("/violations/0/rule").asText()).isEqualTo("absent");
        assertThat(now.at("/violations/0/userId").asLong()).isEqualTo(cleo.id());
        assertThat(rota.assign("2027-W11", desk, "TUE 09:00-11:00", bob).status()).isEqualTo(200);
        Http.Response publish = server.api("POST", "/api/rota/2027-W11/publish", null);
        assertThat(publish.status()).isEqualTo(409);
        assertThat(ResponseJson.of(publish).get("error").asText()).startsWith("2027-W11 cannot be published: absent: Cleo");
        ok(rota.assign("2027-W11", desk, "MON 09:00-11:00", ann));
        assertThat(rota.publish("2027-W11").get("status").asText()).isEqualTo("published");
    }

    @Test
    void bad_assignments_are_one_400_naming_every_field() {
        Http.Response r = server.api("PUT", "/api/rota/2027-W12/assignments", "{\"assignments\": ["
                + "{\"lineId\": " + desk + ", \"day\": \"MONDAY\", \"start\": \"9:00\", \"end\": \"11:00\", \"userIds\": [1, 1], \"x\": 1},"
                + "{\"lineId\": 0, \"day\": \"TUE\", \"start\": \"11:00\", \"end\": \"09:00\"}], \"extra\": true}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.fieldNames()).toIterable().containsExactlyInAnyOrder("extra", "assignments[0].x", "assignments[0].day",
                "assignments[0].start", "assignments[0].userIds[1]", "assignments[1].lineId", "assignments[1].end",
                "assignments[1].userIds");
        Http.Response unknown = server.api("PUT", "/api/rota/2027-W12/assignments", "{\"assignments\": ["
                + RotaSetup.assignment(desk, "WED 09:00-11:00", ann) + ", " + RotaSetup.assignment(desk, "MON 09:00-11:00", ann)
                + ", {\"lineId\": " + desk + ", \"day\": \"MON\", \"start\": \"09:00\", \"end\": \"11:00\", \"userIds\": [987654]}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(ResponseJson.of(unknown).get("fields").toString()).contains(
                "\"assignments[0]\":\"2027-W12 has no turn of line " + desk + " on WED 09:00-11:00\"",
                "\"assignments[2]\":\"names the same turn as assignments[1]\"", "\"assignments[2].userIds[0]\":\"no user 987654\"");
        assertThat(server.api("PUT", "/api/rota/2027-W53/assignments", "{}").status()).as("2027 has 52 weeks").isEqualTo(400);
        assertThat(ResponseJson.of(server.api("/api/rota/2027-W5")).get("error").asText()).contains("2026-W50");
    }

    @Test
    void generate_takes_a_bounded_number_of_seconds_and_unknown_weeks_are_404() {
        assertThat(server.api("POST", "/api/rota/2027-W13/generate?seconds=0", null).status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/rota/2027-W13/generate?seconds=61", null).status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/rota/2027-W13/generate?seconds=ten", null).status()).isEqualTo(400);
        assertThat(server.api("/api/rota/2031-W13").status()).isEqualTo(404);
        assertThat(server.api("POST", "/api/rota/2031-W13/publish", null).status()).isEqualTo(404);
        assertThat(server.api("/api/rota/2031-W13/changes").status()).isEqualTo(404);
        JsonNode generated = ok(server.api("POST", "/api/rota/2027-W13/generate?seconds=30", null));
        assertThat(generated.get("generatedAt").asText()).isNotEmpty();
        assertThat(generated.get("violations")).isEmpty();
    }

    @Test
    void every_change_is_kept_with_who_made_it_and_when() {
        ok(rota.assign("2027-W14", desk, "MON 09:00-11:00", ann));
        ok(rota.assign("2027-W14", desk, "MON 09:00-11:00", ann)); // no change: nothing logged
        rota.publish("2027-W14");
        rota.publish("2027-W14"); // nothing new: nothing logged
        JsonNode changes = ok(server.api("/api/rota/2027-W14/changes")).get("items");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("edited");
        assertThat(changes.get(0).get("byName").asText()).isEqualTo("API_TOKEN");
        assertThat(changes.get(0).get("at").asText()).isNotEmpty();
        assertThat(changes.get(0).at("/detail/turns/0/added/0").asLong()).isEqualTo(ann.id());
        assertThat(changes.get(1).get("kind").asText()).isEqualTo("published");
        assertThat(changes.get(1).at("/detail/publication").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> server.jdbi().useHandle(h -> h.execute("delete from rota_changes")))
                .as("the change log is append-only").hasMessageContaining("append-only");
    }

    @Test
    void a_user_key_reads_the_rota_and_changes_nothing_of_it() {
        ok(rota.assign("2027-W15", desk, "MON 09:00-11:00", ann));
        String key = new ApiKeys(server.jdbi()).create("rota-reader-" + ann.id(), "user", ann.id()).key();
        assertThat(server.apiAs(key, "GET", "/api/rota/2027-W15", null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "GET", "/api/lines/" + desk + "/turns", null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "GET", "/api/rota/2027-W15/changes", null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "PUT", "/api/rota/2027-W15/assignments", "{}").status()).isEqualTo(403);
        assertThat(server.apiAs(key, "POST", "/api/rota/2027-W15/generate", null).status()).isEqualTo(403);
        assertThat(server.apiAs(key, "POST", "/api/rota/2027-W15/publish", null).status()).isEqualTo(403);
        assertThat(server.apiAs(key, "PUT", "/api/lines/" + desk + "/turns", "{\"turns\": []}").status()).isEqualTo(403);
    }

    @Test
    void last_weeks_published_rota_decides_between_people_otherwise_equal() {
        Staff.Person x = rota.person("Xena", 1, 1, "MON 08:00-18:00"), y = rota.person("Yuri", 1, 1, "MON 08:00-18:00");
        long tie = rota.line("Tie desk", "UTC", new Staff.Person[] {x, y}, "MON 09:00-11:00").id();
        Staff.Person[] kept = {y, x, y}; // not id order: whoever had it last week
        for (int i = 0; i < kept.length; i++) {
            String week = "2027-W" + (40 + 2 * i), next = "2027-W" + (41 + 2 * i);
            ok(rota.assign(week, tie, "MON 09:00-11:00", kept[i]));
            rota.publish(week);
            assertThat(RotaSetup.onTurn(rota.generate(next), tie, "MON 09:00-11:00")).as(next).containsExactly(kept[i].id());
        }
    }

    @Test
    void a_week_where_someone_would_work_lines_in_two_time_zones_is_refused_naming_them() {
        Staff.Person zed = rota.person("Zed", 2, 2, "MON 08:00-18:00");
        long paris = rota.line("Paris desk", "Europe/Paris", new Staff.Person[] {zed}, "MON 09:00-11:00").id();
        long york = rota.line("York desk", "America/New_York", new Staff.Person[] {zed}, "MON 09:00-11:00").id();
        try {
            Http.Response r = server.api("POST", "/api/rota/2027-W16/generate", null);
            assertThat(r.status()).isEqualTo(409);
            assertThat(ResponseJson.of(r).get("error").asText()).contains("Zed (user " + zed.id() + ") is in lines of 2 time zones: "
                    + "York desk in America/New_York; Paris desk in Europe/Paris");
        } finally {
            server.api("DELETE", "/api/lines/" + paris, null);
            server.api("DELETE", "/api/lines/" + york, null);
        }
        assertThat(server.api("POST", "/api/rota/2027-W16/generate", null).status()).isEqualTo(200);
    }

    private static void assertRefused(Http.Response r, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(ResponseJson.of(r).get("error").asText()).startsWith("the change would break a rule of the rota: ").contains(message);
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ResponseJson.of(r);
    }
}
