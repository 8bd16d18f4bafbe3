package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import switchboard.apikeys.ApiKeys;
import switchboard.rota.solver.RotaWeek;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;

/** Every user's calendar feed: valid iCalendar (checked with ical4j), their published turns in UTC, revocable. */
class CalendarFeedTest extends ServerTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    final RotaWeek week = RotaWeek.of(LocalDate.now(ZoneOffset.UTC)).next();

    @Test
    void a_users_json_carries_the_calendar_url_for_admins_and_that_user_only() {
        Staff.Person me = staff.user("Feed me"), other = staff.user("Feed other");
        String key = new ApiKeys(server.jdbi()).create("feed-" + me.id(), "user", me.id()).key();
        String url = calendarUrl(me);
        assertThat(url).startsWith(TestServer.PUBLIC_URL + "/rota/").endsWith(".ics");
        assertThat(ResponseJson.of(server.apiAs(key, "GET", "/api/users/" + me.id(), null)).get("calendarUrl").asText()).isEqualTo(url);
        assertThat(ResponseJson.of(server.apiAs(key, "GET", "/api/users/" + other.id(), null)).get("calendarUrl").isNull()).isTrue();
        JsonNode page = ResponseJson.of(server.apiAs(key, "GET", "/api/users?limit=200", null)).get("items");
        List<String> shown = page.findValues("calendarUrl").stream().filter(v -> !v.isNull()).map(JsonNode::asText).toList();
        assertThat(shown).containsExactly(url);
        assertThat(ResponseJson.of(server.api("/api/users?limit=200")).get("items").findValues("calendarUrl"))
                .as("an admin sees everyone's").noneMatch(JsonNode::isNull);
        assertThat(calendarUrl(other)).isNotEqualTo(url);
    }

    @Test
    void the_feed_is_valid_icalendar_with_the_users_published_turns_in_utc() throws Exception {
        RotaSetup rota = new RotaSetup(server);
        Staff.Person zoe = rota.person("Zoë", 3, 2, "MON 00:00-24:00", "TUE 00:00-24:00");
        Staff.Person chloe = rota.person("Chloé Ångström-Wȩlłington of the Very Long Surname Family", 3, 2, "MON 00:00-24:00");
        long line = rota.line("Feed line", "Europe/Paris", new Staff.Person[] {zoe, chloe},
                "MON 09:00-11:00 x2", "MON 22:00-24:00", "TUE 09:00-11:00").id();
        String name = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString("Support, Paris; 2nd floor \\ east");
        assertThat(server.api("PATCH", "/api/lines/" + line, "{\"name\": " + name + "}").status()).isEqualTo(200);
        assertThat(rota.assign(week.toString(), line, "MON 09:00-11:00", zoe, chloe).status()).isEqualTo(200);
        assertThat(rota.assign(week.toString(), line, "MON 22:00-24:00", zoe).status()).isEqualTo(200);
        rota.publish(week.toString());
        assertThat(rota.assign(week.toString(), line, "TUE 09:00-11:00", zoe).status()).as("a draft: not in the feed").isEqualTo(200);

        Http.Response feed = fetch(calendarUrl(zoe));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        String ics = feed.body();
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets a line");
        assertThat(lines).anyMatch(l -> l.startsWith(" "));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        LocalDate monday = week.date(DayOfWeek.MONDAY);
        VEvent morning = events.get(0), night = events.get(1);
        assertThat(value(morning, "DTSTART")).isEqualTo(UTC.format(monday.atTime(9, 0).atZone(PARIS)));
        assertThat(value(morning, "DTEND")).isEqualTo(UTC.format(monday.atTime(11, 0).atZone(PARIS)));
        assertThat(value(morning, "SUMMARY")).isEqualTo("Phone: Support, Paris; 2nd floor \\ east");
        assertThat(value(morning, "DESCRIPTION")).isEqualTo("Your turn on the Support, Paris; 2nd floor \\ east line, 09:00-11:00"
                + " Europe/Paris.\nWith Chloé Ångström-Wȩlłington of the Very Long Surname Family.");
        assertThat(value(night, "DTEND")).as("24:00 is the next midnight")
                .isEqualTo(UTC.format(monday.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(PARIS)));
        assertThat(value(night, "DESCRIPTION")).endsWith("On your own.");
        assertThat(value(morning, "UID")).isNotEqualTo(value(night, "UID")).endsWith("@switchboard.example.test");
        assertThat(fetch(calendarUrl(zoe)).body()).as("the same feed on every fetch").isEqualTo(ics);
    }

    @Test
    void a_new_token_closes_the_old_feed() {
        Staff.Person me = staff.user("Revoke me"), other = staff.user("Revoke other");
        String old = calendarUrl(me);
        assertThat(fetch(old).status()).isEqualTo(200);
        String key = new ApiKeys(server.jdbi()).create("revoke-" + me.id(), "user", me.id()).key();
        Http.Response renewed = server.apiAs(key, "POST", "/api/users/" + me.id() + "/calendar-token", null);
        assertThat(renewed.status()).isEqualTo(200);
        String fresh = ResponseJson.of(renewed).get("calendarUrl").asText();
        assertThat(fresh).isNotEqualTo(old).isEqualTo(calendarUrl(me));
        assertThat(fetch(old).status()).isEqualTo(404);
        assertThat(fetch(fresh).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "POST", "/api/users/" + other.id() + "/calendar-token", null).status()).isEqualTo(403);
        assertThat(server.api("POST", "/api/users/987654/calendar-token", null).status()).isEqualTo(404);
        server.api("DELETE", "/api/users/" + me.id(), null);
        assertThat(fetch(fresh).status()).as("a deleted user's feed").isEqualTo(404);
    }

    @Test
    void a_forged_or_malformed_token_is_404_and_says_nothing_more() {
        String url = calendarUrl(staff.user("Forged"));
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        for (String t : List.of(tamper(token, 3, 'A', 'B'), tamper(token, token.length() - 2, 'A', 'B'), token.substring(1), "x",
                token + "A", "%2e%2e", tamper(token, 5, '*', '*'))) {
            Http.Response r = server.http().get("/rota/" + t + ".ics", Map.of());
            assertThat(r.status()).as(t).isEqualTo(404);
            assertThat(r.body()).as(t).isEqualTo("no such calendar feed");
        }
        assertThat(server.http().get("/rota/" + token, Map.of()).status()).as("without .ics").isEqualTo(404);
    }

    @Test
    void without_a_calendar_secret_there_are_no_feeds() {
        String url = calendarUrl(staff.user("Secretless"));
        try (TestServer off = TestServer.start(Map.of("CALENDAR_SECRET", ""))) {
            long jane = off.directory().userId("Jane");
            assertThat(ResponseJson.of(off.api("/api/users/" + jane)).get("calendarUrl").isNull()).isTrue();
            assertThat(off.api("POST", "/api/users/" + jane + "/calendar-token", null).status()).isEqualTo(503);
            assertThat(off.http().get(url.substring(TestServer.PUBLIC_URL.length()), Map.of()).status()).isEqualTo(404);
        }
    }

    /** The token with one character changed: {@code to}, or {@code otherwise} where it already was {@code to}. */
    private static String tamper(String token, int at, char to, char otherwise) {
        char c = token.charAt(at) == to ? otherwise : to;
        return token.substring(0, at) + c + token.substring(at + 1);
    }

    private String calendarUrl(Staff.Person p) {
        return ResponseJson.of(server.api("/api/users/" + p.id())).get("calendarUrl").asText();
    }

    private Http.Response fetch(String url) {
        return server.http().get(url.substring(TestServer.PUBLIC_URL.length()), Map.of());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
