package switchboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;

/**
 * A known set of calls, made through the signed webhooks at known delays (see ReportCalls), then moved as a whole to
 * 2026-06-10T02:45Z (04:45 in Paris, 22:45 the day before in New York), summarised every way.
 */
class ReportsSummaryTest extends ServerTest {
    static final Instant NOW = Instant.parse("2026-06-10T02:45:00Z");
    static final String RANGE = "from=2026-06-09T00:00:00Z&to=2026-06-11T00:00:00Z";
    static final String DESK = "offered=7 answered=4 answeredWithinServiceLevel=3 serviceLevel=0.75 serviceLevelWithAbandoned=0.75"
            + " averageSpeedOfAnswerSeconds=14.5 p90SpeedOfAnswerSeconds=30 averageQueueWaitSeconds=null longestQueueWaitSeconds=null"
            + " voicemail=1 missed=1 abandoned=0 shortAbandoned=0 closed=0 nobodyAvailable=0 ringOut=1 menu=0";
    static final String DESK_CALLBACKS = " callbacksOpened=3 callbacksDone=2 medianCallbackSeconds=1800";
    static final String QUEUE = "offered=5 answered=1 answeredWithinServiceLevel=1 serviceLevel=1.0 serviceLevelWithAbandoned=0.75"
            + " averageSpeedOfAnswerSeconds=12.0 p90SpeedOfAnswerSeconds=12 averageQueueWaitSeconds=19.2 longestQueueWaitSeconds=40"
            + " voicemail=0 missed=1 abandoned=2 shortAbandoned=1 closed=0 nobodyAvailable=0 ringOut=0 menu=0"
            + " offeredToUser=1 answeredByUser=1 answerRate=1.0 talkSeconds=90 averageTalkSeconds=90.0 missedWhileOffered=0"
            + " callbacksOpened=4 callbacksDone=0 medianCallbackSeconds=null";
    static final String NO_USERS = " offeredToUser=0 answeredByUser=0 answerRate=null talkSeconds=0 averageTalkSeconds=null"
            + " missedWhileOffered=0";
    static final String TOTAL = "offered=16 answered=6 answeredWithinServiceLevel=5 serviceLevel=0.833 serviceLevelWithAbandoned=0.778"
            + " averageSpeedOfAnswerSeconds=11.7 p90SpeedOfAnswerSeconds=30 averageQueueWaitSeconds=19.2 longestQueueWaitSeconds=40"
            + " voicemail=1 missed=2 abandoned=2 shortAbandoned=1 closed=1 nobodyAvailable=1 ringOut=1 menu=1"
            + " offeredToUser=16 answeredByUser=6 answerRate=0.375 talkSeconds=645 averageTalkSeconds=107.5 missedWhileOffered=10"
            + " callbacksOpened=10 callbacksDone=2 medianCallbackSeconds=1800";

    ReportCalls calls;
    Person ann;
    Person bob;
    Person cy;
    long desk;
    long front;
    long queue;
    long other;
    long night;
    long empty;

    @BeforeAll
    void makeTheCalls() {
        calls = new ReportCalls(server);
        Staff s = new Staff(server);
        ann = s.user("Ann");
        bob = s.user("Bob");
        cy = s.user("Cy");
        String deskSip = s.line("Desk", "\"timeZone\": \"Europe/Paris\"", tier("ring-all", ann, bob));
        String frontSip = s.line("Front", "\"timeZone\": \"Europe/Paris\"", tier("ring-all", ann));
        String queueSip = s.line("Queue", "\"timeZone\": \"America/New_York\", \"queue\": {\"enabled\": true}", tier("ring-all", cy));
        String otherSip = s.line("Other", "", tier("ring-all", cy));
        String nightSip = s.line("Night", String.format(Staff.hoursNotNow(), "businessHours"), tier("ring-all", ann));
        String emptySip = s.line("Empty", "");
        desk = lineId(deskSip);
        front = lineId(frontSip);
        queue = lineId(queueSip);
        other = lineId(otherSip);
        night = lineId(nightSip);
        empty = lineId(emptySip);
        Http.Response menu = server.api("PUT", "/api/lines/" + front + "/menu",
                "{\"prompt\": \"For the desk press 1.\", \"options\": [{\"key\": \"1\", \"lineId\": " + desk + "}]}");
        assertThat(menu.status()).as(menu.body()).isEqualTo(200);

        calls.answered(deskSip, ann, 5, 60);
        calls.answered(deskSip, bob, 15, 120);
        calls.answered(deskSip, ann, 30, 30);
        PlivoCall voicemail = server.newCall(deskSip);
        voicemail.answer();
        voicemail.dialEnded(0, "no-answer");
        voicemail.recordAction("https://media.plivo.com/r.mp3", 7);
        calls.hangup(voicemail);
        PlivoCall ringOut = server.newCall(deskSip);
        ringOut.answer();
        ringOut.dialEnded(0, "no-answer");
        calls.hangup(ringOut);
        calls.hungUpAtOnce(deskSip); // while the phones rang: missed
        calls.hungUpAtOnce(frontSip); // in the menu
        PlivoCall chose = server.newCall(frontSip); // 50 s in the menu, then 8 s ringing the desk: its answer took 8 s
        chose.answer();
        calls.ago(chose, "c.started_at", 50);
        calls.press(chose, 0, "1");
        calls.ago(chose, "c.routed_at", 8);
        chose.answeredBy(1, bob.sipUri());
        calls.ago(chose, "c.answered_at", 45);
        calls.hangup(chose);

        PlivoCall busy = server.newCall(otherSip); // Cy talks, so the queue's callers wait
        busy.answer();
        busy.answeredBy(0, cy.sipUri());
        calls.abandoned(queueSip, 4);
        calls.abandoned(queueSip, 40);
        calls.abandoned(queueSip, 15);
        PlivoCall askedBack = server.newCall(queueSip);
        askedBack.answer();
        calls.ago(askedBack, "q.joined_at", 25);
        askedBack.pressed(0, "2");
        calls.hangup(askedBack);
        PlivoCall waited = server.newCall(queueSip);
        waited.answer();
        calls.ago(waited, "q.joined_at", 12);
        calls.ago(busy, "c.answered_at", 300);
        calls.hangup(busy);
        assertThat(waited.waitEnded(0).xml().count("/Response/Dial")).isEqualTo(1);
        waited.answeredBy(1, cy.sipUri());
        calls.ago(waited, "c.answered_at", 90);
        calls.hangup(waited);

        calls.hungUpAtOnce(nightSip); // closed
        calls.hungUpAtOnce(emptySip); // nobody to ring
        calls.simulated(emptySip);

        calls.done(voicemail, desk, 3600);
        calls.done(ringOut, desk, 1800);
        calls.allAsIfNowWere(NOW);
    }

    @Test
    void by_line_every_call_counts_once_under_the_line_it_was_routed_to() {
        JsonNode summary = summary("groupBy=line");
        assertThat(summary.get("groupBy").asText()).isEqualTo("line");
        assertThat(summary.get("from").asText()).isEqualTo("2026-06-09T00:00:00Z");
        assertThat(keys(summary)).containsExactly(key(desk), key(front), key(queue), key(other), key(night), key(empty));
        assertThat(summary.at("/rows/0/name").asText()).isEqualTo("Desk");
        assertThat(figures(summary.at("/rows/0"))).isEqualTo(DESK + " offeredToUser=14 answeredByUser=4 answerRate=0.286"
                + " talkSeconds=255 averageTalkSeconds=63.8 missedWhileOffered=10" + DESK_CALLBACKS);
        assertThat(figures(summary.at("/rows/1"))).isEqualTo(unanswered("menu") + " callbacksOpened=1 callbacksDone=0 medianCallbackSeconds=null");
        assertThat(figures(summary.at("/rows/2"))).isEqualTo(QUEUE);
        assertThat(figures(summary.at("/rows/3"))).isEqualTo("offered=1 answered=1 answeredWithinServiceLevel=1 serviceLevel=1.0"
                + " serviceLevelWithAbandoned=1.0 averageSpeedOfAnswerSeconds=0.0 p90SpeedOfAnswerSeconds=0"
                + " averageQueueWaitSeconds=null longestQueueWaitSeconds=null voicemail=0 missed=0 abandoned=0 shortAbandoned=0"
                + " closed=0 nobodyAvailable=0 ringOut=0 menu=0 offeredToUser=1 answeredByUser=1 answerRate=1.0 talkSeconds=300"
                + " averageTalkSeconds=300.0 missedWhileOffered=0 callbacksOpened=0 callbacksDone=0 medianCallbackSeconds=null");
        assertThat(figures(summary.at("/rows/4"))).isEqualTo(unanswered("closed") + " callbacksOpened=1 callbacksDone=0 medianCallbackSeconds=null");
        assertThat(figures(summary.at("/rows/5"))).isEqualTo(unanswered("nobodyAvailable") + " callbacksOpened=1 callbacksDone=0 medianCallbackSeconds=null");
        assertThat(figures(summary.get("total"))).isEqualTo(TOTAL);
    }

    @Test
    void by_user_a_call_counts_for_everyone_it_rang_and_the_total_counts_it_once() {
        JsonNode summary = summary("groupBy=user");
        assertThat(keys(summary)).containsExactly(key(ann.id()), key(bob.id()), key(cy.id()));
        assertThat(summary.at("/rows/0/name").asText()).isEqualTo("Ann");
        assertThat(figures(summary.at("/rows/0"))).isEqualTo(DESK + " offeredToUser=7 answeredByUser=2 answerRate=0.286"
                + " talkSeconds=90 averageTalkSeconds=45.0 missedWhileOffered=5" + DESK_CALLBACKS);
        assertThat(figures(summary.at("/rows/1"))).isEqualTo(DESK + " offeredToUser=7 answeredByUser=2 answerRate=0.286"
                + " talkSeconds=165 averageTalkSeconds=82.5 missedWhileOffered=5" + DESK_CALLBACKS);
        assertThat(figures(summary.at("/rows/2"))).isEqualTo("offered=2 answered=2 answeredWithinServiceLevel=2 serviceLevel=1.0"
                + " serviceLevelWithAbandoned=1.0 averageSpeedOfAnswerSeconds=6.0 p90SpeedOfAnswerSeconds=12"
                + " averageQueueWaitSeconds=12.0 longestQueueWaitSeconds=12 voicemail=0 missed=0 abandoned=0 shortAbandoned=0"
                + " closed=0 nobodyAvailable=0 ringOut=0 menu=0 offeredToUser=2 answeredByUser=2 answerRate=1.0 talkSeconds=390"
                + " averageTalkSeconds=195.0 missedWhileOffered=0 callbacksOpened=0 callbacksDone=0 medianCallbackSeconds=null");
        assertThat(figures(summary.get("total"))).isEqualTo(TOTAL);
    }

    @Test
    void one_users_calls_are_those_that_rang_them_and_the_user_figures_are_theirs() {
        JsonNode summary = summary("groupBy=line&userId=" + ann.id());
        assertThat(keys(summary)).containsExactly(key(desk));
        String ann = DESK + " offeredToUser=7 answeredByUser=2 answerRate=0.286 talkSeconds=90 averageTalkSeconds=45.0"
                + " missedWhileOffered=5" + DESK_CALLBACKS;
        assertThat(figures(summary.at("/rows/0"))).isEqualTo(ann);
        assertThat(figures(summary.get("total"))).isEqualTo(ann);
    }

    @Test
    void by_day_each_call_falls_on_its_own_lines_local_day() {
        JsonNode summary = summary("groupBy=day");
        assertThat(keys(summary)).containsExactly("2026-06-09", "2026-06-10"); // New York's evening, everyone else's night
        assertThat(figures(summary.at("/rows/0"))).isEqualTo(QUEUE);
        assertThat(figures(summary.at("/rows/1"))).isEqualTo("offered=11 answered=5 answeredWithinServiceLevel=4 serviceLevel=0.8"
                + " serviceLevelWithAbandoned=0.8 averageSpeedOfAnswerSeconds=11.6 p90SpeedOfAnswerSeconds=30"
                + " averageQueueWaitSeconds=null longestQueueWaitSeconds=null voicemail=1 missed=1 abandoned=0 shortAbandoned=0"
                + " closed=1 nobodyAvailable=1 ringOut=1 menu=1 offeredToUser=15 answeredByUser=5 answerRate=0.333 talkSeconds=555"
                + " averageTalkSeconds=111.0 missedWhileOffered=10 callbacksOpened=6 callbacksDone=2 medianCallbackSeconds=1800");
        assertThat(figures(summary.get("total"))).isEqualTo(TOTAL);
    }

    @Test
    void by_hour_in_the_lines_time_zone_and_by_week_from_monday() {
        JsonNode hours = summary("groupBy=hour&lineId=" + desk);
        assertThat(keys(hours)).containsExactly("2026-06-10T03:00", "2026-06-10T04:00");
        assertThat(figures(hours.at("/rows/0"))).isEqualTo("offered=1 answered=0 answeredWithinServiceLevel=0 serviceLevel=null"
                + " serviceLevelWithAbandoned=null averageSpeedOfAnswerSeconds=null p90SpeedOfAnswerSeconds=null"
                + " averageQueueWaitSeconds=null longestQueueWaitSeconds=null voicemail=1 missed=0 abandoned=0 shortAbandoned=0"
                + " closed=0 nobodyAvailable=0 ringOut=0 menu=0 offeredToUser=2 answeredByUser=0 answerRate=0.0 talkSeconds=0"
                + " averageTalkSeconds=null missedWhileOffered=2 callbacksOpened=1 callbacksDone=1 medianCallbackSeconds=3600");
        assertThat(figures(hours.at("/rows/1"))).isEqualTo("offered=6 answered=4 answeredWithinServiceLevel=3 serviceLevel=0.75"
                + " serviceLevelWithAbandoned=0.75 averageSpeedOfAnswerSeconds=14.5 p90SpeedOfAnswerSeconds=30"
                + " averageQueueWaitSeconds=null longestQueueWaitSeconds=null voicemail=0 missed=1 abandoned=0 shortAbandoned=0"
                + " closed=0 nobodyAvailable=0 ringOut=1 menu=0 offeredToUser=12 answeredByUser=4 answerRate=0.333 talkSeconds=255"
                + " averageTalkSeconds=63.8 missedWhileOffered=8 callbacksOpened=2 callbacksDone=1 medianCallbackSeconds=1800");
        JsonNode weeks = summary("groupBy=week");
        assertThat(keys(weeks)).containsExactly("2026-06-08");
        assertThat(figures(weeks.at("/rows/0"))).isEqualTo(TOTAL);
    }

    @Test
    void the_service_level_is_each_lines_own_threshold() {
        assertThat(server.api("PATCH", "/api/lines/" + desk, "{\"serviceLevelSeconds\": 0}").status()).isEqualTo(400);
        Http.Response set = server.api("PATCH", "/api/lines/" + desk, "{\"serviceLevelSeconds\": 30}");
        try {
            assertThat(ResponseJson.of(set).get("serviceLevelSeconds").asInt()).isEqualTo(30);
            JsonNode row = summary("groupBy=line&lineId=" + desk).at("/rows/0"); // 5, 8, 15 and 30 s: all within 30 s
            assertThat(figures(row)).contains("answeredWithinServiceLevel=4 serviceLevel=1.0 serviceLevelWithAbandoned=1.0 ");
        } finally {
            server.api("PATCH", "/api/lines/" + desk, "{\"serviceLevelSeconds\": 20}");
        }
    }

    @Test
    void simulated_calls_count_only_when_asked_for() {
        JsonNode summary = summary("groupBy=line&simulated=true&lineId=" + empty);
        assertThat(figures(summary.at("/rows/0"))).startsWith("offered=2 ").contains(" nobodyAvailable=2 ", " callbacksOpened=2 ");
        assertThat(summary("simulated=false").get("total").get("offered").asInt()).isEqualTo(16);
        assertThat(summary("simulated=true").get("total").get("offered").asInt()).isEqualTo(17);
    }

    @Test
    void the_csv_has_the_jsons_rows_and_total_cell_for_cell() {
        JsonNode json = exact(server.api("/api/reports/summary?groupBy=line&" + RANGE).body());
        Http.Response csv = server.http().get("/api/reports/summary?groupBy=line&" + RANGE,
                java.util.Map.of("Authorization", "Bearer " + switchboard.testing.TestServer.API_TOKEN, "Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        String[] header = lines[0].split(",", -1);
        assertThat(header[0]).isEqualTo("key");
        List<JsonNode> rows = new ArrayList<>();
        json.get("rows").forEach(rows::add);
        assertThat(lines).hasSize(rows.size() + 2);
        for (int r = 0; r <= rows.size(); r++) {
            JsonNode row = r < rows.size() ? rows.get(r) : json.get("total");
            String[] cells = lines[r + 1].split(",", -1);
            assertThat(cells).hasSize(header.length);
            for (int i = 0; i < header.length; i++) {
                String expected = header[i].equals("key") && r == rows.size() ? "total" : text(row.get(header[i]));
                assertThat(cells[i]).as(header[i] + " of row " + r).isEqualTo(expected);
            }
        }
    }

    @Test
    void bad_parameters_are_a_400_naming_them() {
        assertThat(bad("groupBy=month")).contains("groupBy");
        assertThat(bad("from=yesterday")).contains("from");
        assertThat(bad("to=2026-13-01")).contains("to");
        assertThat(bad("lineId=desk")).contains("lineId");
        assertThat(bad("userId=1.5")).contains("userId");
        assertThat(bad("simulated=yes")).contains("simulated");
        assertThat(bad("from=2026-06-10T00:00:00Z&to=2026-06-09T00:00:00Z")).contains("from");
        assertThat(bad("from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")).contains("to");
        assertThat(bad("groupBy=hour&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z")).contains("groupBy");
        assertThat(bad("lineid=3")).contains("lineid");
    }

    @Test
    void without_a_key_nothing_is_shown() {
        assertThat(server.http().get("/api/reports/summary", java.util.Map.of()).status()).isEqualTo(401);
    }





    private long lineId(String sip) {
        return server.jdbi().withHandle(h -> h.createQuery("select id from lines where sip_uri = :s").bind("s", sip)
                .mapTo(Long.class).one());
    }

    private JsonNode summary(String query) {
        Http.Response r = server.api("/api/reports/summary?" + RANGE + (query.isEmpty() ? "" : "&" + query));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ResponseJson.of(r);
    }

    private String bad(String query) {
        Http.Response r = server.api("/api/reports/summary?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.body();
    }

    /** An unanswered line's figures: one call, ended for this reason, nobody rung. */
    private static String unanswered(String reason) {
        StringBuilder s = new StringBuilder("offered=1 answered=0 answeredWithinServiceLevel=0 serviceLevel=null"
                + " serviceLevelWithAbandoned=null averageSpeedOfAnswerSeconds=null p90SpeedOfAnswerSeconds=null"
                + " averageQueueWaitSeconds=null longestQueueWaitSeconds=null");
        for (String r : List.of("voicemail", "missed", "abandoned", "shortAbandoned", "closed", "nobodyAvailable", "ringOut", "menu")) {
            s.append(' ').append(r).append('=').append(r.equals(reason) ? 1 : 0);
        }
        return s + NO_USERS;
    }

    private static String figures(JsonNode row) {
        StringBuilder s = new StringBuilder();
        for (var c : Figures.class.getRecordComponents()) {
            if (!s.isEmpty()) s.append(' ');
            s.append(c.getName()).append('=').append(row.has(c.getName()) ? row.get(c.getName()).asText() : "absent");
        }
        return s.toString();
    }

    /** JSON with its decimals as written (0.750 stays 0.750), as a spreadsheet would read the CSV. */
    private static JsonNode exact(String body) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static List<String> keys(JsonNode summary) {
        List<String> keys = new ArrayList<>();
        summary.get("rows").forEach(r -> keys.add(r.get("key").asText()));
        return keys;
    }

    private static String key(long id) {
        return Long.toString(id);
    }
}
