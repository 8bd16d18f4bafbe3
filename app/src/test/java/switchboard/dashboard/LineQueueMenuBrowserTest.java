package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import switchboard.testing.BrowserTest;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;

/** A line's page in the directory: its caller queue edited through the API's reader, its menu shown. */
class LineQueueMenuBrowserTest extends BrowserTest {
    private static final String MAX_WAIT = "input[name='queue.maxWaitSeconds']";

    @Test
    void an_admin_turns_the_queue_on_and_sets_it_and_a_bad_value_is_named_and_kept_as_typed() {
        long id = line("Queue Desk");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/directory/lines/" + id);
        assertThat(browser.waitFor("#queue").getText()).contains("Caller queue");
        assertThat(browser.find("input[name='queue.enabled']").isSelected()).isFalse();
        browser.click("input[name='queue.enabled']");
        browser.type("input[name='queue.maxCallers']", "3");
        browser.type("input[name='queue.voicemailKey']", "");
        browser.type(MAX_WAIT, "10");
        browser.click("#edit-queue button[type=submit]");
        assertThat(browser.waitFor("#e-queue\\.maxWaitSeconds").getText()).contains("between 30 and 7200");
        assertThat(browser.find(MAX_WAIT).getAttribute("value")).isEqualTo("10");
        assertThat(browser.find("input[name='queue.maxCallers']").getAttribute("value")).isEqualTo("3");
        assertThat(queue(id).get("enabled").asBoolean()).as("nothing saved").isFalse();

        browser.type(MAX_WAIT, "600");
        browser.click("#edit-queue button[type=submit]");
        browser.waitUntilGone("#e-queue\\.maxWaitSeconds");
        JsonNode q = queue(id);
        assertThat(q.get("enabled").asBoolean()).isTrue();
        assertThat(q.get("maxCallers").asInt()).isEqualTo(3);
        assertThat(q.get("maxWaitSeconds").asInt()).isEqualTo(600);
        assertThat(q.get("voicemailKey").isNull()).as("a blank key turns the option off").isTrue();
        assertThat(q.get("callbackKey").asText()).isEqualTo("2");
        assertThat(browser.find("input[name='queue.enabled']").isSelected()).isTrue();
        assertThat(browser.find("input[name='queue.maxCallers']").getAttribute("value")).isEqualTo("3");
        browser.open("/");
        browser.waitForText("#part-queue", "Queue Desk");
    }

    @Test
    void the_lines_menu_is_shown_with_where_each_key_leads() {
        long id = line("Reception");
        assertThat(browser.signIn(ADMIN, ADMIN_PASSWORD).open("/directory/lines/" + id).waitFor("#menu").getText())
                .contains("No menu");
        Http.Response put = server.api("PUT", "/api/lines/" + id + "/menu", "{\"prompt\": \"Press 1 for Sales, 0 for a message.\","
                + " \"options\": [{\"key\": \"1\", \"lineId\": 2}, {\"key\": \"0\", \"target\": \"voicemail\"}], \"defaultTarget\": \"tiers\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        browser.open("/directory/lines/" + id);
        String menu = browser.waitFor("#menu").getText();
        assertThat(menu).contains("“Press 1 for Sales, 0 for a message.”", "1: on to Sales", "0: leave a message",
                "Nothing chosen: this line's tiers", "PUT /api/lines/" + id + "/menu");
        assertThat(browser.find("#menu li[data-key='1'] a").getAttribute("href")).endsWith("/directory/lines/2");
        browser.fitHeight().screenshot("line-queue-menu");
    }

    private long line(String name) {
        String sip = "sip:" + name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 6) + "@phone.plivo.com";
        Http.Response r = server.api("POST", "/api/lines", "{\"name\": \"" + name + "\", \"sipUri\": \"" + sip + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ResponseJson.of(r).get("id").asLong();
    }

    private JsonNode queue(long id) {
        return ResponseJson.of(server.api("/api/lines/" + id)).get("queue");
    }
}
