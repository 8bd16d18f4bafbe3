package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import switchboard.testing.BrowserTest;
import switchboard.testing.ResponseJson;

/** The directory for admins: the tier editor, a user's details and sign-in link, API keys. */
class DirectoryBrowserTest extends BrowserTest {

    @Test
    void the_tier_editor_reorders_and_saves_what_the_next_call_rings() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/directory");
        browser.fitHeight().screenshot("directory");
        browser.find("#lines a[href='/directory/lines/2']").click(); // Sales: 1 Luke and Jane, 2 Peter
        browser.waitFor("#tier-1");
        browser.click("#tier-1 button[value='up:0:1']"); // Jane before Luke
        browser.waitForText("#tier-1 ol li:first-child .member", "Jane");
        new Select(browser.find("#t1-strategy")).selectByValue("sequential");
        browser.click("button[value=add-tier]");
        browser.waitFor("#tier-3");
        new Select(browser.find("#t2-add")).selectByVisibleText("Luke");
        browser.click("#tier-3 button[value='add-user:2']");
        browser.waitForText("#tier-3 ol", "Luke");
        browser.type("#t2-ring", "3");
        browser.click("#save-tiers");
        assertThat(browser.waitFor("#tier-errors").getText()).contains("ringTimeoutSeconds").contains("between 5 and 600");
        browser.type("#t2-ring", "15");
        browser.click("#save-tiers");
        browser.waitFor("#tiers-saved");
        browser.fitHeight().screenshot("line-tiers");

        var tiers = ResponseJson.of(server.api("/api/lines/2/tiers")).get("tiers");
        assertThat(tiers.toString()).isEqualTo("[{\"position\":1,\"userIds\":[1,3],\"ringTimeoutSeconds\":20,\"strategy\":\"ring-all\"},"
                + "{\"position\":2,\"userIds\":[2],\"ringTimeoutSeconds\":20,\"strategy\":\"sequential\"},"
                + "{\"position\":3,\"userIds\":[3],\"ringTimeoutSeconds\":15,\"strategy\":\"ring-all\"}]");
    }

    @Test
    void an_admin_edits_a_user_and_the_user_sets_a_password_through_the_sign_in_link() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/directory/users/3"); // Luke, no password yet
        browser.type("#f-maxConcurrentCalls", "2").type("#f-workingHours", "MON 08:00-12:00\nTUE 8:00-12:00");
        browser.click("#edit-user button[type=submit]");
        browser.waitForText("#f-workingHours", "TUE 08:00-12:00");
        var luke = ResponseJson.of(server.api("/api/users/3"));
        assertThat(luke.get("maxConcurrentCalls").asInt()).isEqualTo(2);
        assertThat(luke.get("workingHours").get(1).get("day").asText()).isEqualTo("TUE");
        assertThat(luke.get("workingHours").get(1).get("start").asText()).isEqualTo("08:00");
        browser.type("#f-workingHours", "MONDAY 9-5");
        browser.click("#edit-user button[type=submit]");
        assertThat(browser.waitFor("#e-workingHours").getText()).contains("[0] must be");

        browser.click("#make-link button");
        String link = browser.waitFor("#link-url").getText();
        assertThat(link).startsWith("https://switchboard.example.test/sign-in/link/");
        browser.fitHeight().screenshot("user");

        browser.driver().manage().deleteAllCookies();
        browser.open(link.replace("https://switchboard.example.test", ""));
        assertThat(browser.waitFor("main h1").getText()).isEqualTo("Welcome, Luke");
        browser.type("#f-password", "short").type("#f-confirmation", "short").click("main form button[type=submit]");
        assertThat(browser.waitFor("#e-password").getText()).contains("at least 10");
        browser.type("#f-password", "luke-password-1").type("#f-confirmation", "luke-password-1");
        browser.screenshot("set-password");
        browser.click("main form button[type=submit]");
        browser.waitFor("main .board");
        assertThat(browser.find("header .who").getText()).isEqualTo("Luke");

        browser.driver().manage().deleteAllCookies();
        browser.open(link.replace("https://switchboard.example.test", ""));
        assertThat(browser.waitFor("main h1").getText()).isEqualTo("Not found"); // used once
        browser.signIn("luke@example.com", "luke-password-1");
    }

    @Test
    void an_api_key_is_shown_once_and_can_be_revoked() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/directory/api-keys");
        browser.waitFor("#f-name");
        browser.type("#f-name", "crm-sync");
        browser.click("#new-key button[type=submit]");
        String key = browser.waitFor("#key-secret").getText();
        assertThat(server.apiAs(key, "GET", "/api/users", null).status()).isEqualTo(200);
        browser.fitHeight().screenshot("api-keys");
        browser.open("/directory/api-keys");
        assertThat(browser.waitFor("#keys").getText()).contains("crm-sync").doesNotContain(key);
        browser.click("#keys button[aria-label='Revoke key crm-sync']");
        browser.waitForText("#keys", "revoked");
        assertThat(server.apiAs(key, "GET", "/api/users", null).status()).isEqualTo(401);
    }
}
