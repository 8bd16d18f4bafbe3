package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import switchboard.testing.BrowserTest;
import switchboard.testing.PlivoCall;

/** The history: its filters, its pages, its CSV, and a call's page with the story and the voicemail player. */
class CallsBrowserTest extends BrowserTest {
    private static final String VOICEMAIL = "https://media.plivo.com/v1/Account/MA/Recording/rec-calls-test.mp3";
    private PlivoCall answered;
    private PlivoCall voicemail;

    @BeforeAll
    void calls() {
        answered = server.newCall("sip:sales@phone.plivo.com", "sip:answered-caller@phone.plivo.com");
        answered.answer();
        answered.answeredBy(0, "sip:luke-mobile@phone.plivo.com");
        answered.dialEnded(0, "completed");
        answered.hangup(192, "NORMAL_CLEARING");
        voicemail = server.newCall("sip:support@phone.plivo.com", "sip:voicemail-caller@phone.plivo.com");
        voicemail.answer();
        voicemail.dialEnded(0, "no-answer");
        voicemail.dialEnded(1, "no-answer");
        voicemail.dialEnded(2, "no-answer");
        voicemail.recordAction(VOICEMAIL, 14);
        voicemail.hangup(75, "NORMAL_CLEARING");
    }

    @Test
    void the_history_filters_by_status_and_line_and_exports_what_it_shows() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/calls");
        assertThat(browser.waitFor("#calls").getText()).contains("answered-caller").contains("voicemail-caller");
        browser.fitHeight().screenshot("calls");
        new Select(browser.find("#f-status")).selectByValue("voicemail");
        browser.click(".filters button[type=submit]");
        browser.waitFor(java.time.Duration.ofSeconds(20)).until(d -> !browser.find("#calls").getText().contains("answered-caller"));
        assertThat(browser.find("#calls").getText()).contains("voicemail-caller");
        assertThat(browser.path()).contains("status=voicemail");
        assertThat(browser.find("#csv").getAttribute("href")).endsWith("/calls.csv?status=voicemail");

        String csv = (String) browser.driver().executeAsyncScript(
                "var done = arguments[0]; fetch('/calls.csv?status=voicemail').then(r => r.text()).then(done);");
        assertThat(csv).startsWith("id,callUuid").contains("voicemail-caller").doesNotContain("answered-caller");

        new Select(browser.find("#f-status")).selectByValue("");
        new Select(browser.find("#f-line")).selectByVisibleText("Sales");
        browser.click(".filters button[type=submit]");
        assertThat(browser.waitForText("#calls", "answered-caller").getText()).doesNotContain("voicemail-caller");
        assertThat(browser.path()).contains("lineId=");
    }

    @Test
    void a_call_tells_its_story_for_people() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/calls?from=sip:answered-caller@phone.plivo.com");
        browser.waitFor("#calls tbody tr a").click();
        String story = browser.waitFor("#story").getText();
        assertThat(story).contains("Call from answered-caller to Sales").contains("Luke answered on mobile after")
                .contains("Call ended after 3 min 12 s");
        browser.fitHeight().screenshot("call");
    }

    @Test
    void a_voicemail_plays_in_the_page_with_its_callback_beside_it() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/calls?status=voicemail");
        browser.waitFor("#calls tbody tr a").click();
        assertThat(browser.waitFor("#voicemail audio").getAttribute("src")).isEqualTo(VOICEMAIL);
        String story = browser.find("#story").getText();
        assertThat(story).contains("rang").contains("no answer").contains("Went to voicemail (no one answered)")
                .contains("Left a voicemail of 14 s");
        assertThat(browser.find("#call-callback").getText()).contains("open").contains("nobody");
        browser.fitHeight().screenshot("call-voicemail");
    }
}
