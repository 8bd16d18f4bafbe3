package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.apikeys.ApiKeys;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;

/** Swaps between users: offered on a published turn, accepted or declined by the colleague, cancelled by the giver. */
class SwapsTest extends ServerTest {
    RotaSetup rota;
    Staff.Person ann, bob, cy;
    String annKey, bobKey, cyKey;
    long desk;

    @BeforeEach
    void publishedWeek() {
        rota = new RotaSetup(server);
        ann = rota.person("Ann", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        bob = rota.person("Bob", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        cy = rota.person("Cy", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        desk = rota.line("Swap desk", "UTC", new Staff.Person[] {ann, bob, cy}, "MON 09:00-11:00", "MON 11:00-13:00",
                "TUE 09:00-11:00").id();
        ApiKeys keys = new ApiKeys(server.jdbi());
        annKey = keys.create("ann-" + ann.id(), "user", ann.id()).key();
        bobKey = keys.create("bob-" + bob.id(), "user", bob.id()).key();
        cyKey = keys.create("cy-" + cy.id(), "user", cy.id()).key();
    }

    @Test
    void a_user_gives_a_turn_to_a_colleague_who_accepts() {
        String week = published("2027-W20");
        Http.Response offered = server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", bob, null));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        JsonNode swap = ResponseJson.of(offered);
        assertThat(swap.get("status").asText()).isEqualTo("pending");
        assertThat(swap.get("fromUserId").asLong()).isEqualTo(ann.id());
        assertThat(swap.get("inReturn").isNull()).isTrue();
        assertThat(RotaSetup.onTurn(live(week), desk, "MON 09:00-11:00")).as("nothing changes before it is accepted").containsExactly(ann.id());

        JsonNode accepted = ok(server.apiAs(bobKey, "POST", "/api/rota/" + week + "/swaps/" + swap.get("id").asLong() + "/accept", null));
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.get("decidedBy").asText()).isEqualTo("bob-" + bob.id());
        assertThat(RotaSetup.onTurn(live(week), desk, "MON 09:00-11:00")).containsExactly(bob.id());
        assertThat(RotaSetup.onTurn(rota.rota(week), desk, "MON 09:00-11:00")).as("the draft too").containsExactly(bob.id());
        assertThat(rota.rota(week).get("status").asText()).isEqualTo("published");
        JsonNode log = ok(server.api("/api/rota/" + week + "/changes")).get("items");
        JsonNode offeredEntry = log.get(log.size() - 2), acceptedEntry = log.get(log.size() - 1);
        assertThat(offeredEntry.get("kind").asText()).isEqualTo("swap-offered");
        assertThat(offeredEntry.get("byUserId").asLong()).isEqualTo(ann.id());
        assertThat(acceptedEntry.get("kind").asText()).isEqualTo("swap-accepted");
        assertThat(acceptedEntry.get("byName").asText()).isEqualTo("bob-" + bob.id());
    }

    @Test
    void a_turn_swapped_for_one_in_return() {
        String week = published("2027-W21");
        long id = created(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", bob, "TUE 09:00-11:00")));
        ok(server.apiAs(bobKey, "POST", "/api/rota/" + week + "/swaps/" + id + "/accept", null));
        JsonNode live = live(week);
        assertThat(RotaSetup.onTurn(live, desk, "MON 09:00-11:00")).containsExactly(bob.id());
        assertThat(RotaSetup.onTurn(live, desk, "TUE 09:00-11:00")).containsExactly(ann.id());
        assertThat(ok(server.api("/api/rota/" + week + "/swaps")).at("/items/0/inReturn/day").asText()).isEqualTo("TUE");
    }

    @Test
    void only_the_colleague_answers_and_only_the_giver_cancels() {
        String week = published("2027-W22");
        long first = created(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", bob, null)));
        String path = "/api/rota/" + week + "/swaps/" + first;
        assertThat(server.apiAs(cyKey, "POST", path + "/accept", null).status()).isEqualTo(403);
        assertThat(server.apiAs(annKey, "POST", path + "/accept", null).status()).isEqualTo(403);
        assertThat(server.apiAs(bobKey, "POST", path + "/cancel", null).status()).isEqualTo(403);
        assertThat(ok(server.apiAs(bobKey, "POST", path + "/decline", null)).get("status").asText()).isEqualTo("declined");
        Http.Response late = server.apiAs(bobKey, "POST", path + "/accept", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(ResponseJson.of(late).get("error").asText()).isEqualTo("swap " + first + " is already declined");
        long second = created(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", bob, null)));
        assertThat(ok(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps/" + second + "/cancel", null)).get("status").asText())
                .isEqualTo("cancelled");
        assertThat(RotaSetup.onTurn(live(week), desk, "MON 09:00-11:00")).containsExactly(ann.id());
        assertThat(server.api("POST", "/api/rota/" + week + "/swaps/987654/accept", null).status()).isEqualTo(404);
    }

    @Test
    void a_user_offers_only_their_own_turns_and_each_mistake_is_named() {
        String week = published("2027-W23");
        String swaps = "/api/rota/" + week + "/swaps";
        assertThat(server.apiAs(annKey, "POST", swaps, withFrom(offer("TUE 09:00-11:00", cy, null), bob)).status()).isEqualTo(403);
        assertConflict(server.apiAs(annKey, "POST", swaps, offer("TUE 09:00-11:00", cy, null)), "Ann (user " + ann.id()
                + ") is not on Swap desk TUE 2027-06-08 09:00-11:00");
        assertThat(ResponseJson.of(server.apiAs(annKey, "POST", swaps, offer("MON 09:00-11:00", cy, "MON 09:00-11:00")))
                .at("/fields/inReturn").asText()).isEqualTo("must be another turn than the one offered");
        assertConflict(server.apiAs(bobKey, "POST", swaps, offer("TUE 09:00-11:00", cy, "MON 09:00-11:00")),
                "Cy (user " + cy.id() + ") is not on Swap desk MON 2027-06-07 09:00-11:00");
        assertThat(server.api("POST", swaps, offer("MON 09:00-11:00", cy, null)).status()).as("admin: whose turn?").isEqualTo(400);
        assertThat(server.api("POST", swaps, withFrom(offer("MON 09:00-11:00", cy, null), ann)).status()).isEqualTo(201);
        assertConflict(server.api("POST", swaps, withFrom(offer("MON 09:00-11:00", bob, null), ann)), "already offered");
        Http.Response bad = server.apiAs(annKey, "POST", swaps, "{\"turn\": {\"lineId\": " + desk
                + ", \"day\": \"FUN\", \"start\": \"09:00\", \"end\": \"11:00\"}, \"toUserId\": 0, \"inReturn\": 3, \"x\": 1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(ResponseJson.of(bad).get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("turn.day", "toUserId", "inReturn", "x");
        Http.Response noTurn = server.apiAs(annKey, "POST", swaps, offer("WED 09:00-11:00", bob, null));
        assertThat(ResponseJson.of(noTurn).get("fields").get("turn").asText()).startsWith("the published rota has no turn");
        assertThat(ResponseJson.of(server.apiAs(annKey, "POST", swaps, "{\"turn\": " + turn("MON 11:00-13:00") + ", \"toUserId\": "
                + ann.id() + "}")).get("fields").get("toUserId").asText()).isEqualTo("must be someone else than the one offering");
    }

    @Test
    void a_swap_breaking_a_rule_is_refused_when_offered_and_when_accepted() {
        String week = published("2027-W24");
        Staff.Person dee = rota.person("Dee", 2, 2, "MON 08:00-18:00");
        String deeKey = new ApiKeys(server.jdbi()).create("dee-" + dee.id(), "user", dee.id()).key();
        assertConflict(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", dee, null)),
                "the swap would break a rule of the rota: not-a-tier-member: Dee");
        long id = created(server.apiAs(annKey, "POST", "/api/rota/" + week + "/swaps", offer("MON 09:00-11:00", bob, null)));
        rota.available(bob.id(), 2, 2, "[{\"from\": \"2027-06-14\", \"to\": \"2027-06-14\", \"reason\": \"dentist\"}]",
                "MON 08:00-18:00", "TUE 08:00-18:00");
        assertConflict(server.apiAs(bobKey, "POST", "/api/rota/" + week + "/swaps/" + id + "/accept", null),
                "absent: Bob (user " + bob.id() + ") is absent on 2027-06-14");
        assertThat(ok(server.api("/api/rota/" + week + "/swaps")).at("/items/0/status").asText()).isEqualTo("pending");
        assertThat(server.apiAs(deeKey, "GET", "/api/rota/" + week + "/swaps", null).status()).isEqualTo(200);
    }

    @Test
    void only_published_turns_are_swapped() {
        assertThat(rota.assign("2027-W25", desk, "MON 09:00-11:00", ann).status()).isEqualTo(200);
        assertConflict(server.apiAs(annKey, "POST", "/api/rota/2027-W25/swaps", offer("MON 09:00-11:00", bob, null)),
                "2027-W25 is not published yet");
        assertThat(server.apiAs(annKey, "POST", "/api/rota/2031-W25/swaps", offer("MON 09:00-11:00", bob, null)).status()).isEqualTo(404);
    }

    /** Ann on Monday 09-11, Bob on Tuesday 09-11, published. */
    private String published(String week) {
        assertThat(rota.assign(week, desk, "MON 09:00-11:00", ann).status()).isEqualTo(200);
        assertThat(rota.assign(week, desk, "TUE 09:00-11:00", bob).status()).isEqualTo(200);
        rota.publish(week);
        return week;
    }

    private JsonNode live(String week) {
        return ok(server.api("/api/rota/" + week + "?published=true"));
    }

    private String offer(String turn, Staff.Person to, String inReturn) {
        return "{\"turn\": " + turn(turn) + ", \"toUserId\": " + to.id() + (inReturn == null ? "" : ", \"inReturn\": " + turn(inReturn))
                + ", \"note\": \"dentist, sorry\"}";
    }

    private String turn(String turn) {
        String[] t = turn.split("[ -]");
        return "{\"lineId\": " + desk + ", \"day\": \"" + t[0] + "\", \"start\": \"" + t[1] + "\", \"end\": \"" + t[2] + "\"}";
    }

    private static String withFrom(String offer, Staff.Person from) {
        return offer.replaceFirst("\\{", "{\"fromUserId\": " + from.id() + ", ");
    }

    private static long created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ResponseJson.of(r).get("id").asLong();
    }

    private static void assertConflict(Http.Response r, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(ResponseJson.of(r).get("error").asText()).contains(message);
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ResponseJson.of(r);
    }
}
