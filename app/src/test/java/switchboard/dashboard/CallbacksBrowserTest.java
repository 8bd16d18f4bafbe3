package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import switchboard.directory.Directory;
import switchboard.followups.Callbacks;
import switchboard.testing.BrowserTest;
import switchboard.testing.PlivoCall;

/** Callbacks worked end to end by a user (Peter), and what a user's view lacks. */
class CallbacksBrowserTest extends BrowserTest {
    private static final String PETER = "peter@example.com";
    private static final String PETER_PASSWORD = "peter-password-1";

    @Test
    void a_missed_call_is_taken_noted_and_closed_by_a_user() {
        password(PETER, PETER_PASSWORD);
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com", "sip:missed-customer@phone.plivo.com");
        call.answer();
        call.hangup(12, "ORIGINATOR_CANCEL");

        browser.signIn(PETER, PETER_PASSWORD);
        browser.open("/callbacks?view=unassigned");
        browser.waitForText("#callbacks", "missed-customer");
        browser.fitHeight().screenshot("callbacks");
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//table[@id='callbacks']//tr[contains(., 'missed-customer')]//a")).click();
        browser.waitFor("#take button").click();
        browser.waitForText("#cb-assignee", "Peter");
        assertThat(browser.find("#cb-status-badge").getText()).isEqualTo("in progress");
        assertThat(browser.find("#cb-calls").getText()).contains("call ");

        browser.type("#note-text", "Rang back, left a message");
        browser.click("#add-note button");
        browser.waitForText("#notes", "Rang back, left a message");
        assertThat(browser.find("#notes").getText()).contains("Peter");

        new Select(browser.find("#cb-status-select")).selectByValue("done");
        browser.click("#set-status button");
        browser.waitForText("#cb-status-badge", "done");
        browser.fitHeight().screenshot("callback");

        browser.open("/callbacks?view=mine&status=done");
        assertThat(browser.waitFor("#callbacks").getText()).contains("missed-customer");
    }

    @Test
    void a_callback_made_by_hand_needs_a_caller_and_then_opens() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/callbacks?view=all");
        new Select(browser.waitFor("#f-lineId")).selectByVisibleText("Support");
        browser.click("#new-callback button[type=submit]");
        assertThat(browser.waitFor("#new-callback .field.invalid small.error").getText()).isEqualTo("is required");
        browser.type("#f-from", "+4930123456").type("#f-note", "Wrote in: wants a quote");
        browser.click("#new-callback button[type=submit]");
        browser.waitForText("#notes", "Wrote in: wants a quote");
        assertThat(browser.find("#cb-calls").getText()).isEqualTo("made by hand");
    }

    @Test
    void a_user_sees_no_admin_pages() {
        password(PETER, PETER_PASSWORD);
        browser.signIn(PETER, PETER_PASSWORD);
        assertThat(browser.find("header nav").getText()).contains("Board").contains("Calls").contains("Callbacks")
                .doesNotContain("Directory");
        assertThat(browser.all("#person-1 form.presence")).as("not Jane's presence").isEmpty();
        assertThat(browser.all("#person-2 form.presence")).as("his own").hasSize(1);
        browser.open("/directory");
        assertThat(browser.waitFor("main h1").getText()).isEqualTo("Not allowed");
        browser.open("/directory/api-keys");
        assertThat(browser.waitFor("main h1").getText()).isEqualTo("Not allowed");
        browser.screenshot("user-not-allowed");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        Object status = browser.driver().executeAsyncScript("""
                var done = arguments[0];
                fetch('/callbacks', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'lineId=1&from=%2B4930999'}).then(r => done(r.status));""");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        Object withToken = browser.driver().executeAsyncScript("""
                var done = arguments[0];
                var token = document.querySelector('input[name=_csrf]').value;
                fetch('/callbacks', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'lineId=1&from=%2B4930999&_csrf=' + encodeURIComponent(token), redirect: 'manual'}).then(r => done(r.type));""");
        assertThat(withToken).isEqualTo("opaqueredirect");
    }
}
