package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.BrowserTest;

/** A call's page names the contact who called (as text) and tells the path through the line's menu. */
class CallContactBrowserTest extends BrowserTest {

    @Test
    void a_known_callers_call_through_a_menu_shows_the_contact_and_the_key_pressed() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String number = "+3361" + (1_000_000 + Math.abs(tag.hashCode() % 8_999_999)); // 061: always a valid French mobile
        created(server.api("POST", "/api/contacts", "{\"name\": \"Carla <b>Contact</b>\", \"company\": \"Acme\", "
                + "\"numbers\": [\"" + number + "\"]}"));
        long sales = 0;
        for (JsonNode l : ResponseJson.of(server.api("/api/lines")).get("items")) if (l.get("name").asText().equals("Sales")) sales = l.get("id").asLong();
        String sip = "sip:front-desk-" + tag + "@phone.plivo.com";
        long desk = created(server.api("POST", "/api/lines", "{\"name\": \"Front Desk\", \"sipUri\": \"" + sip + "\"}")).get("id").asLong();
        Http.Response menu = server.api("PUT", "/api/lines/" + desk + "/menu",
                "{\"prompt\": \"Press 1 for Sales.\", \"options\": [{\"key\": \"1\", \"lineId\": " + sales + "}]}");
        assertThat(menu.status()).as(menu.body()).isEqualTo(200);

        PlivoCall call = server.newCall(sip, number);
        assertThat(call.answer().xml().count("/Response/GetDigits")).isEqualTo(1);
        Http.Response rings = server.plivo("/plivo/menu/0/digits", call.params("CallStatus", "in-progress", "Digits", "1"));
        assertThat(rings.xml().count("/Response/Dial")).isEqualTo(1);
        call.hangup(12, "ORIGINATOR_CANCEL");
        long id = ResponseJson.of(call.record()).get("id").asLong();

        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/calls/" + id);
        String contact = browser.waitFor("#caller-contact").getText();
        assertThat(contact).contains("Carla <b>Contact</b>", "Acme", "from the contacts");
        assertThat(browser.all("#caller-contact a")).as("text, no link").isEmpty();
        assertThat(browser.all("#caller-contact b")).isEmpty();
        String story = browser.find("#story").getText();
        assertThat(story).contains("Known as Carla <b>Contact</b> of Acme (contacts)", "Heard the menu of Front Desk",
                "Pressed 1 in the menu: on to Sales", "Rang tier 1");
        browser.fitHeight().screenshot("call-contact-menu");
    }

    private static JsonNode created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ResponseJson.of(r);
    }
}
