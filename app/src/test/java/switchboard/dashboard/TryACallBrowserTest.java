package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import switchboard.Server;
import switchboard.testing.Browser;
import switchboard.testing.BrowserTest;
import switchboard.testing.TestServer;

/** "Try a call": the simulator's options as a form, the call played against this same server, on the board as it plays. */
class TryACallBrowserTest extends BrowserTest {
    private static final String PETER = "peter@example.com";
    private static final String PETER_PASSWORD = "peter-password-1";

    @Test
    void an_admin_plays_a_call_luke_answers_and_sees_it_on_the_board_then_its_transcript() {
        try (Browser board = Browser.desktop(base())) {
            board.signIn(ADMIN, ADMIN_PASSWORD);
            board.waitFor("#part-calls h2");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.click("nav a[href='/try-a-call']");
            browser.waitFor("form#try-a-call");
            new Select(browser.find("#f-line")).selectByVisibleText("Sales");
            browser.type("#f-callerName", "Tess Trial");
            new Select(browser.find("#f-answer")).selectByValue("Luke");
            browser.type("#f-talk", "3s");
            browser.click("#f-realTime");
            browser.fitHeight().screenshot("try-a-call");
            browser.click("form#try-a-call button[type=submit]");

            board.waitFor(Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#part-calls"), "Tess Trial"));
            board.waitForText("#part-calls .call-card[data-status=in-progress]", "with Luke");
            assertThat(browser.waitForText("#transcript", "answer").getText()).as("the transcript grows while the call plays")
                    .doesNotContain("hangup");
            browser.waitFor("#run[data-done=true]");
            String transcript = browser.find("#transcript").getText();
            assertThat(transcript).contains("answer", "Luke", "hangup");
            assertThat(browser.find("#run-state").getText()).isEqualTo("Done.");
            assertThat(browser.waitForText("#run-call", "answered").getText()).contains("answered");
            browser.fitHeight().screenshot("try-a-call-transcript");
            board.waitUntilGone("#part-calls .call-card");
            browser.click("#run-call a");
            assertThat(browser.waitFor("#story").getText()).contains("Luke");
        }
    }

    @Test
    void a_bad_option_is_named_and_the_form_keeps_what_was_typed() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/try-a-call");
        browser.type("#f-talk", "forever");
        browser.click("form#try-a-call button[type=submit]");
        assertThat(browser.waitFor("#try-error").getText()).startsWith("talk");
        assertThat(browser.find("#f-talk").getAttribute("value")).isEqualTo("forever");
    }

    @Test
    void a_user_sees_no_try_a_call_and_cannot_open_it() {
        password(PETER, PETER_PASSWORD);
        try (Browser peter = Browser.desktop(base())) {
            peter.signIn(PETER, PETER_PASSWORD);
            peter.waitFor("#part-calls h2");
            assertThat(peter.find("header nav").getText()).contains("Board").doesNotContain("Try a call");
            peter.open("/try-a-call");
            assertThat(peter.waitFor("main h1").getText()).isEqualTo("Not allowed");
        }
    }

    @Test
    void with_simulator_off_there_is_no_page() {
        try (Server off = Server.start(TestServer.config(Map.of("SIMULATOR", "off")), server.jdbi());
             Browser b = Browser.desktop("http://localhost:" + off.port())) {
            b.signIn(ADMIN, ADMIN_PASSWORD);
            b.waitFor("#part-calls h2");
            assertThat(b.all("nav a[href='/try-a-call']")).isEmpty();
            b.open("/try-a-call");
            assertThat(b.driver().getPageSource()).containsIgnoringCase("not found");
        }
    }
}
