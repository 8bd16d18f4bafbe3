package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import switchboard.Server;
import switchboard.testing.Browser;
import switchboard.testing.BrowserTest;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.TestServer;

/**
 * The board in a browser on a second instance over the same database, while the webhooks go to the first: what the
 * board shows arrives through PostgreSQL's LISTEN/NOTIFY, not through memory.
 */
class BoardBrowserTest extends BrowserTest {
    private static final String MAIN = "sip:main-office@phone.plivo.com";
    private Server other;

    @BeforeAll
    void secondInstance() {
        other = Server.start(TestServer.config(Map.of()), server.jdbi());
        browser.close();
        browser = Browser.desktop("http://localhost:" + other.port());
        // The seed's users take one call at a time here, so routing follows presence exactly.
        server.jdbi().useHandle(h -> h.execute("update users set max_concurrent_calls = 5"));
    }

    @AfterAll
    void stopSecond() {
        if (other != null) other.close();
    }

    @Test
    void a_call_appears_within_two_seconds_of_its_answer_webhook_and_turns_to_talking_on_the_dial_callback() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitFor("#part-calls h2");
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com", "sip:alice-board@phone.plivo.com");
        call.answer("CallerName", "Alice Board");
        long sent = System.nanoTime();
        browser.waitFor(Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#part-calls"), "Alice Board"));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(millis).as("ms from the answer webhook to the board").isLessThan(2000);
        String card = "#part-calls .call-card[data-status=ringing]";
        assertThat(browser.waitForText(card, "Alice Board").getText()).contains("ringing").contains("Luke").contains("Jane");
        browser.screenshot("board");

        call.answeredBy(0, "sip:luke-mobile@phone.plivo.com");
        browser.waitForText("#part-calls .call-card[data-status=in-progress]", "with Luke on mobile");
        browser.waitForText("#person-3", "On a call with alice-board");
        browser.fitHeight().screenshot("board-talking");
        call.hangup(30, "NORMAL_CLEARING");
        browser.waitUntilGone("#part-calls .call-card");
    }

    @Test
    void setting_luke_away_on_the_board_makes_the_next_call_ring_peter_instead() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.click("#person-3 form.presence button[value=away]");
        browser.waitFor("#person-3[data-state=away]");
        Http.Response away = server.newCall(MAIN).answer();
        assertThat(away.body()).doesNotContain("luke-mobile").contains("peter-mobile");

        browser.click("#person-3 form.presence button[value=available]");
        browser.waitFor("#person-3[data-state=available]");
        Http.Response back = server.newCall(MAIN).answer();
        assertThat(back.body()).contains("luke-mobile");
    }

    @Test
    void a_caller_named_like_html_is_shown_as_text_and_runs_nothing() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        String evil = "<img src=x onerror=alert(1)>";
        PlivoCall call = server.newCall("sip:support@phone.plivo.com", "<script>alert(2)</script>");
        call.answer("CallerName", evil);
        String card = browser.waitForText("#part-calls", evil).getText();
        assertThat(card).contains(evil);
        assertThat(browser.all("#part-calls img")).isEmpty();
        assertThat(browser.all("#part-calls script")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        call.hangup(3, "NORMAL_CLEARING");
        browser.open("/calls");
        assertThat(browser.waitFor("#calls").getText()).contains("<script>alert(2)</script>");
        assertThat(browser.all("#calls script")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void signing_out_elsewhere_closes_the_board_that_used_the_session() throws Exception {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitFor("#part-people h2");
        String cookie = "sb_session=" + browser.driver().manage().getCookieNamed("sb_session").getValue();
        String csrf = browser.find("input[name=_csrf]").getAttribute("value");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.port() + "/sign-out"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(browser.waitForText("#signed-out", "You are signed out").getText()).contains("Sign in again");
    }

    @Test
    void the_board_fits_a_360_px_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + other.port())) {
            PlivoCall call = server.newCall("sip:sales@phone.plivo.com", "+4930123456");
            call.answer("CallerName", "Phone Caller");
            phone.signIn(ADMIN, ADMIN_PASSWORD);
            phone.waitForText("#part-calls", "Phone Caller");
            Object width = phone.driver().executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            phone.screenshot("board-phone-360");
            call.hangup(5, "NORMAL_CLEARING");
        }
    }
}
