package switchboard.menus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/** Every path through a menu, driven through the real webhooks: choice, timeout, invalid keys, retries, chains, limits. */
class MenuFlowTest extends ServerTest {
    private MenuLines lines;
    private Staff.Person ann, bob;
    private MenuLines.Line main, sales;

    @BeforeEach
    void lines() {
        lines = new MenuLines(server);
        ann = staff.user("Ann");
        bob = staff.user("Bob");
        main = lines.line("Main", ann);
        sales = lines.line("Sales", bob);
        lines.menu(main, "For sales press 1, to leave a message press 0.",
                "{\"key\": \"1\", \"lineId\": " + sales.id() + "}, {\"key\": \"0\", \"target\": \"voicemail\"}", "\"retries\": 1");
    }

    @Test
    void a_line_with_a_menu_answers_with_its_prompt_in_a_get_digits_then_a_redirect_for_silence() {
        Xpath xml = server.newCall(main.sipUri()).answer().xml();
        assertThat(xml.string("/Response/GetDigits/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/menu/0/digits");
        assertThat(xml.string("/Response/GetDigits/@numDigits")).isEqualTo("1");
        assertThat(xml.string("/Response/GetDigits/@timeout")).isEqualTo("5");
        assertThat(xml.string("/Response/GetDigits/Speak")).isEqualTo("For sales press 1, to leave a message press 0.");
        assertThat(xml.string("/Response/Redirect")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/menu/0/timeout");
        assertThat(xml.count("/Response/Dial")).isZero();
    }

    @Test
    void a_key_rings_the_chosen_lines_tiers_then_its_voicemail_while_the_call_keeps_its_line() {
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        Xpath dial = lines.press(call, 0, "1").xml();
        assertThat(dial.strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(dial.string("/Response/Dial/@action")).endsWith("/plivo/dial/1/action");
        assertThat(call.dialEnded(1, "no-answer").xml().string("/Response/Speak")).isEqualTo("You reached Sales.");
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.at("/line/id").asLong()).isEqualTo(main.id());
        assertThat(record.at("/routedLine/id").asLong()).isEqualTo(sales.id());
        assertThat(record.at("/routedLine/name").asText()).isEqualTo("Sales");
        assertThat(MenuLines.path(record)).containsSubsequence("call-started", "menu-offered:first", "menu-chosen:1",
                "tier-ringing", "dial-ended", "voicemail-offered");
        assertThat(record.get("events").toString()).contains("\"targetLineId\":" + sales.id());
        call.hangup(30, "NORMAL_CLEARING");
        JsonNode callbacks = ResponseJson.of(server.api("/api/callbacks?lineId=" + sales.id()));
        assertThat(callbacks.get("items").toString()).as("the chosen line follows the missed call up").contains(call.uuid);
    }

    @Test
    void silence_asks_again_then_the_default_rings_this_lines_tiers() {
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        Xpath again = lines.silence(call, 0).xml();
        assertThat(again.string("/Response/GetDigits/@action")).endsWith("/plivo/menu/1/digits");
        assertThat(again.string("/Response/Redirect")).endsWith("/plivo/menu/1/timeout");
        assertThat(lines.silence(call, 1).xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        JsonNode record = ResponseJson.of(call.record());
        assertThat(MenuLines.path(record)).containsSubsequence("menu-offered:first", "menu-timeout:again",
                "menu-offered:timeout", "menu-timeout:default", "tier-ringing");
        assertThat(record.at("/routedLine/id").asLong()).isEqualTo(main.id());
    }

    @Test
    void invalid_keys_ask_again_star_repeats_without_counting_and_too_many_take_the_default() {
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        assertThat(lines.press(call, 0, "7").xml().string("/Response/GetDigits/@action")).endsWith("/plivo/menu/1/digits");
        assertThat(lines.press(call, 1, "*").xml().string("/Response/GetDigits/@action")).endsWith("/plivo/menu/2/digits");
        assertThat(lines.press(call, 2, "#").xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(MenuLines.path(ResponseJson.of(call.record()))).containsSubsequence("menu-offered:first", "menu-invalid:7",
                "menu-offered:invalid", "menu-offered:repeat", "menu-invalid:#", "tier-ringing");
    }

    @Test
    void the_voicemail_key_takes_a_message_for_the_menus_line() {
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        Xpath xml = lines.press(call, 0, "0").xml();
        assertThat(xml.string("/Response/Speak")).isEqualTo("You reached Main.");
        assertThat(xml.string("/Response/Record/@action")).endsWith("/plivo/voicemail/action");
        assertThat(ResponseJson.of(call.record()).get("events").toString()).contains("\"reason\":\"menu\"");
    }

    @Test
    void menus_chain_and_the_chosen_lines_own_menu_plays_next() {
        Staff.Person cy = staff.user("Cy");
        MenuLines.Line support = lines.line("Support", cy);
        lines.menu(sales, "New orders press 2.", "{\"key\": \"2\", \"lineId\": " + support.id() + "}", "");
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        Xpath second = lines.press(call, 0, "1").xml();
        assertThat(second.string("/Response/GetDigits/Speak")).isEqualTo("New orders press 2.");
        assertThat(lines.press(call, 1, "2").xml().strings("/Response/Dial/User")).containsExactly(cy.sipUri());
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.at("/routedLine/id").asLong()).isEqualTo(support.id());
        assertThat(MenuLines.path(record)).containsSubsequence("menu-offered:first", "menu-chosen:1", "menu-offered:first",
                "menu-chosen:2", "tier-ringing");
    }

    @Test
    void a_call_passes_at_most_five_menus_then_the_lines_tiers_ring() {
        lines.menu(sales, "Back to the main menu press 9.", "{\"key\": \"9\", \"lineId\": " + main.id() + "}", "");
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        for (int step = 0; step < 4; step++) {
            assertThat(lines.press(call, step, step % 2 == 0 ? "1" : "9").xml().count("/Response/GetDigits")).as("menu " + (step + 2)).isOne();
        }
        assertThat(lines.press(call, 4, "1").xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.get("events").toString()).contains("\"type\":\"menu-skipped\"", "\"reason\":\"menu-limit\"");
        assertThat(record.get("events").findValues("type").stream().filter(t -> t.asText().equals("menu-offered")).count()).isEqualTo(5);
    }

    @Test
    void hanging_up_in_the_menu_is_a_call_missed_in_the_menu() {
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        call.hangup(4, "NORMAL_CLEARING");
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.get("status").asText()).isEqualTo("missed");
        assertThat(record.get("missedIn").asText()).isEqualTo("menu");
        assertThat(record.get("routedLine").isNull()).isTrue();
        PlivoCall rung = server.newCall(main.sipUri());
        rung.answer();
        lines.press(rung, 0, "1");
        rung.hangup(20, "NORMAL_CLEARING");
        assertThat(ResponseJson.of(rung.record()).get("missedIn").asText()).isEqualTo("ringing");
    }

    @Test
    void retried_menu_webhooks_get_the_same_step_back_and_log_once() {
        PlivoCall call = server.newCall(main.sipUri());
        String first = call.answer().body();
        assertThat(call.answer().body()).isEqualTo(first);
        String chosen = lines.press(call, 0, "1").body();
        assertThat(lines.press(call, 0, "1").body()).isEqualTo(chosen);
        assertThat(lines.silence(call, 0).body()).as("a late timeout of the same step").isEqualTo(chosen);
        JsonNode record = ResponseJson.of(call.record());
        assertThat(MenuLines.path(record).stream().filter(t -> t.startsWith("menu-")).toList())
                .containsExactly("menu-offered:first", "menu-chosen:1");
        assertThat(record.get("events").findValues("type").stream().filter(t -> t.asText().equals("tier-ringing")).count()).isOne();
    }

    @Test
    void a_closed_line_skips_its_menu_and_takes_a_message() {
        MenuLines.Line closed = lines.line("Night", Staff.hoursNotNow().formatted("businessHours") + ", \"closedMessage\": \"We are closed.\"", ann);
        lines.menu(closed, "Press 1.", "{\"key\": \"1\", \"target\": \"tiers\"}", "");
        Xpath xml = server.newCall(closed.sipUri()).answer().xml();
        assertThat(xml.count("/Response/GetDigits")).isZero();
        assertThat(xml.string("/Response/Speak")).isEqualTo("We are closed.");
    }

    @Test
    void a_chosen_line_that_is_closed_says_so_and_takes_its_message() {
        MenuLines.Line night = lines.line("Night", Staff.hoursNotNow().formatted("businessHours") + ", \"closedMessage\": \"Night is closed.\"", bob);
        lines.menu(main, "Press 2.", "{\"key\": \"2\", \"lineId\": " + night.id() + "}", "");
        PlivoCall call = server.newCall(main.sipUri());
        call.answer();
        Xpath xml = lines.press(call, 0, "2").xml();
        assertThat(xml.string("/Response/Speak")).isEqualTo("Night is closed.");
        assertThat(xml.count("/Response/Record")).isOne();
    }

    @Test
    void the_menu_plays_an_audio_prompt_when_given_one() {
        Http.Response put = lines.putMenu(main, "{\"promptUrl\": \"https://cdn.example.com/menu.mp3?v=1&x=2\", \"timeoutSeconds\": 8,"
                + " \"options\": [{\"key\": \"1\", \"lineId\": " + sales.id() + "}]}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        Xpath xml = server.newCall(main.sipUri()).answer().xml();
        assertThat(xml.string("/Response/GetDigits/Play")).isEqualTo("https://cdn.example.com/menu.mp3?v=1&x=2");
        assertThat(xml.string("/Response/GetDigits/@timeout")).isEqualTo("8");
        assertThat(xml.count("/Response/GetDigits/Speak")).isZero();
    }
}
