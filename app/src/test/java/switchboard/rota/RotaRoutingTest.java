package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.directory.DirectoryDao;
import switchboard.directory.Line;
import switchboard.rota.solver.RotaWeek;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/** Routing follows the published rota, through the signed webhooks: the turn's people first, then the tiers without them. */
class RotaRoutingTest extends ServerTest {
    static final String ALL_DAY = "00:00-24:00";
    final String week = RotaWeek.of(LocalDate.now(ZoneOffset.UTC)).toString();
    RotaSetup rota;
    Staff.Person tia, uma, vic, wes;

    @BeforeEach
    void people() {
        rota = new RotaSetup(server);
        tia = rota.person("Tia", 7, 1, everyDay());
        uma = rota.person("Uma", 7, 1, everyDay());
        vic = staff.user("Vic");
        wes = staff.user("Wes");
    }

    @Test
    void during_a_turn_its_people_ring_first_then_the_tiers_without_them() {
        RotaSetup.Line line = line("Rota first", "{\"userIds\": [" + vic.id() + ", " + tia.id() + "], \"ringTimeoutSeconds\": 15}",
                "{\"userIds\": [" + wes.id() + ", " + uma.id() + "]}");
        onTurnAllWeek(line, tia, uma);
        PlivoCall call = server.newCall(line.sipUri());
        Xpath first = call.answer().xml();
        assertThat(first.strings("/Response/Dial/User")).containsExactlyInAnyOrder(tia.sipUri(), uma.sipUri());
        assertThat(first.string("/Response/Dial/@timeout")).as("tier 1's ring time").isEqualTo("15");
        assertThat(call.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(vic.sipUri());
        assertThat(call.dialEnded(1, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(wes.sipUri());
        JsonNode turn = entry(call, "rota-turn");
        assertThat(turn.at("/detail/tier").asInt()).isZero();
        assertThat(turn.at("/detail/onTurn").findValues("name")).extracting(JsonNode::asText).containsExactly("Tia", "Uma");
        assertThat(turn.at("/detail/users").findValues("userId")).extracting(JsonNode::asLong).containsExactly(tia.id(), uma.id());
    }

    @Test
    void the_turn_rings_with_tier_ones_strategy() {
        RotaSetup.Line line = line("Rota sequential", "{\"strategy\": \"sequential\", \"userIds\": [" + uma.id() + ", " + tia.id()
                + ", " + vic.id() + "], \"ringTimeoutSeconds\": 12}");
        onTurnAllWeek(line, tia, uma);
        PlivoCall call = server.newCall(line.sipUri());
        Xpath first = call.answer().xml();
        assertThat(first.strings("/Response/Dial/User")).as("in the line's tier order").containsExactly(uma.sipUri());
        assertThat(first.string("/Response/Dial/@timeout")).isEqualTo("12");
        assertThat(call.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(tia.sipUri());
        assertThat(call.dialEnded(1, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(vic.sipUri());
        assertThat(call.dialEnded(2, "no-answer").xml().string("name(/Response/*[1])")).as("then voicemail").isNotEqualTo("Dial");
    }

    @Test
    void outside_turns_the_tiers_ring_alone() {
        RotaSetup.Line line = line("Rota elsewhere", "{\"userIds\": [" + vic.id() + ", " + tia.id() + "]}");
        DayOfWeek other = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().plus(3);
        String turn = other.name().substring(0, 3) + " 08:00-09:00";
        rota.turns(line.id(), turn);
        assertThat(rota.assign(week, line.id(), turn, tia).status()).isEqualTo(200);
        rota.publish(week);
        PlivoCall call = server.newCall(line.sipUri());
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactlyInAnyOrder(vic.sipUri(), tia.sipUri());
        assertThat(types(call)).contains("tier-ringing").doesNotContain("rota-turn");
    }

    @Test
    void a_draft_changes_nothing_until_it_is_published() {
        RotaSetup.Line line = line("Rota draft", "{\"userIds\": [" + vic.id() + ", " + tia.id() + "]}");
        rota.turns(line.id(), turnsEveryDay());
        for (String turn : turnsEveryDay()) assertThat(rota.assign(week, line.id(), turn, tia).status()).isEqualTo(200);
        PlivoCall call = server.newCall(line.sipUri());
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactlyInAnyOrder(vic.sipUri(), tia.sipUri());
    }

    @Test
    void when_nobody_on_the_turn_can_ring_the_timeline_still_says_who_was_on_it() {
        RotaSetup.Line line = line("Rota away", "{\"userIds\": [" + vic.id() + ", " + tia.id() + "]}");
        onTurnAllWeek(line, tia);
        server.api("PUT", "/api/users/" + tia.id() + "/status", "{\"status\": \"away\"}");
        PlivoCall call = server.newCall(line.sipUri());
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactly(vic.sipUri());
        JsonNode turn = entry(call, "rota-turn");
        assertThat(turn.at("/detail/users")).isEmpty();
        assertThat(turn.at("/detail/onTurn/0/userId").asLong()).isEqualTo(tia.id());
        assertThat(turn.at("/detail/reason").asText()).isEqualTo("nobody-eligible");
        assertThat(types(call)).contains("user-skipped", "tier-skipped", "tier-ringing");
    }

    @Test
    void a_line_is_read_with_whether_it_has_published_turns_and_a_menu_so_calls_skip_what_it_lacks() {
        RotaSetup.Line line = line("Rota flags", "{\"userIds\": [" + vic.id() + ", " + tia.id() + "]}");
        assertThat(read(line)).extracting(Line::hasRota, Line::hasMenu).containsExactly(false, false);
        rota.turns(line.id(), turnsEveryDay());
        for (String turn : turnsEveryDay()) assertThat(rota.assign(week, line.id(), turn, tia).status()).isEqualTo(200);
        assertThat(read(line).hasRota()).as("a draft only").isFalse();
        rota.publish(week);
        assertThat(read(line).hasRota()).as("published").isTrue();
        Http.Response menu = server.api("PUT", "/api/lines/" + line.id() + "/menu",
                "{\"prompt\": \"Press 1.\", \"options\": [{\"key\": \"1\", \"target\": \"tiers\"}]}");
        assertThat(menu.status()).as(menu.body()).isEqualTo(200);
        assertThat(read(line)).extracting(Line::hasRota, Line::hasMenu).containsExactly(true, true);
        assertThat(server.api("/api/lines/" + line.id()).body()).as("not part of the API's line").doesNotContain("hasMenu", "hasRota");
    }

    private Line read(RotaSetup.Line line) {
        return server.jdbi().withExtension(DirectoryDao.class, dao -> dao.lineBySipUri(line.sipUri())).orElseThrow();
    }

    @Test
    void a_publication_on_one_instance_routes_the_next_call_on_another() {
        RotaSetup.Line line = line("Rota two instances", "{\"userIds\": [" + vic.id() + ", " + tia.id() + ", " + uma.id() + "]}");
        onTurnAllWeek(line, tia);
        try (Server other = Server.start(TestServer.config(Map.of()), server.jdbi())) {
            Http otherHttp = new Http("http://localhost:" + other.port());
            assertThat(answerOn(otherHttp, line)).containsExactly(tia.sipUri());
            onTurnAllWeek(line, uma); // published through the first instance
            assertThat(answerOn(otherHttp, line)).containsExactly(uma.sipUri());
        }
    }

    @Test
    void an_accepted_swap_changes_who_rings_on_the_next_call() {
        RotaSetup.Line line = line("Rota swap", "{\"userIds\": [" + vic.id() + ", " + tia.id() + ", " + uma.id() + "]}");
        onTurnAllWeek(line, tia);
        String today = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().name().substring(0, 3);
        Http.Response offered = server.api("POST", "/api/rota/" + week + "/swaps", "{\"fromUserId\": " + tia.id() + ", \"toUserId\": "
                + uma.id() + ", \"turn\": {\"lineId\": " + line.id() + ", \"day\": \"" + today + "\", \"start\": \"00:00\", \"end\": \"24:00\"}}");
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        assertThat(server.newCall(line.sipUri()).answer().xml().strings("/Response/Dial/User")).containsExactly(tia.sipUri());
        long id = ResponseJson.of(offered).get("id").asLong();
        assertThat(server.api("POST", "/api/rota/" + week + "/swaps/" + id + "/accept", null).status()).isEqualTo(200);
        assertThat(server.newCall(line.sipUri()).answer().xml().strings("/Response/Dial/User")).containsExactly(uma.sipUri());
    }

    private List<String> answerOn(Http instance, RotaSetup.Line line) {
        PlivoCall call = server.newCall(line.sipUri());
        Map<String, String> params = call.params("CallStatus", "ringing", "Event", "StartApp");
        Http.Response r = instance.postForm("/plivo/answer", params, server.signatureHeaders("/plivo/answer", params));
        assertThat(r.status()).isEqualTo(200);
        return r.xml().strings("/Response/Dial/User");
    }

    /** A line (UTC) with these tiers, its turns every day, all day. */
    private RotaSetup.Line line(String name, String... tiers) {
        RotaSetup.Line line = rota.line(name, "UTC", new Staff.Person[] {vic});
        Http.Response put = server.api("PUT", "/api/lines/" + line.id() + "/tiers", "{\"tiers\": [" + String.join(", ", tiers) + "]}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return line;
    }

    /** These people on every day's all-day turn of the line, published. */
    private void onTurnAllWeek(RotaSetup.Line line, Staff.Person... people) {
        rota.turns(line.id(), Arrays.stream(turnsEveryDay()).map(t -> t + " x" + people.length).toArray(String[]::new));
        for (String turn : turnsEveryDay()) {
            Http.Response r = rota.assign(week, line.id(), turn, people);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        rota.publish(week);
    }

    private static String[] everyDay() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3) + " " + ALL_DAY).toArray(String[]::new);
    }

    private static String[] turnsEveryDay() {
        return everyDay();
    }

    private static JsonNode entry(PlivoCall call, String type) {
        for (JsonNode e : ResponseJson.of(call.record()).get("events")) if (e.get("type").asText().equals(type)) return e;
        throw new AssertionError("no " + type + " in " + types(call));
    }

    private static List<String> types(PlivoCall call) {
        List<String> types = new ArrayList<>();
        ResponseJson.of(call.record()).get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
