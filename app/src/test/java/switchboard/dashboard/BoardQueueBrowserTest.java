package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import switchboard.testing.BrowserTest;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff.Person;

/** The board's queue: callers waiting per line, their place and wait, whom they are offered to, live as they move. */
class BoardQueueBrowserTest extends BrowserTest {
    /** No Plivo REST credentials: no live transfers, every offer comes from a wait step's Redirect, as Plivo drives it. */
    @Override
    protected Map<String, String> serverEnv() {
        return Map.of("PLIVO_AUTH_ID", "");
    }

    @Test
    void a_waiting_caller_appears_on_the_board_within_two_seconds_moves_up_and_leaves_when_answered() {
        Person ann = staff.user("Annie");
        String line = staff.line("Helpdesk", "\"queue\": {\"enabled\": true}", tier("ring-all", ann));
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText("#part-queue", "Helpdesk");
        PlivoCall busy = server.newCall(line, "sip:first-talker@phone.plivo.com");
        busy.answer();
        busy.answeredBy(0, ann.sipUri());

        PlivoCall first = server.newCall(line, "sip:quinn-first@phone.plivo.com");
        first.answer();
        long sent = System.nanoTime();
        browser.waitFor(Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#part-queue"), "quinn-first"));
        assertThat((System.nanoTime() - sent) / 1_000_000).as("ms from the answer webhook to the board").isLessThan(2000);
        PlivoCall second = server.newCall(line, "sip:rita-second@phone.plivo.com");
        second.answer();
        String secondRow = browser.waitForText("#part-queue li[data-position='2']", "rita-second").getText();
        assertThat(secondRow).contains("waited");
        assertThat(browser.find("#part-queue li[data-position='1']").getText()).contains("quinn-first");
        assertThat(browser.waitForText("#part-calls .call-card[data-status=waiting]", "quinn-first").getText())
                .contains("waiting in queue (position 1)");
        browser.waitForText("#part-calls", "waiting in queue (position 2)");
        browser.fitHeight().screenshot("board-queue");

        first.hangup(20, "ORIGINATOR_CANCEL"); // gives up: the next caller moves up
        browser.waitFor(Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#part-queue li[data-position='1']"), "rita-second"));
        assertThat(browser.find("#part-queue").getText()).doesNotContain("quinn-first");
        browser.waitForText("#part-calls", "waiting in queue (position 1)");

        busy.hangup(60, "NORMAL_CLEARING"); // Ann is free: the next wait step offers her the caller
        second.waitEnded(0);
        browser.waitForText("#part-queue li[data-position='1']", "being offered to Annie");
        second.answeredBy(1, ann.sipUri());
        browser.waitFor(Duration.ofSeconds(2)).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#part-queue"), "rita-second")));
        assertThat(browser.find("#part-queue").getText()).contains("Nobody waiting");
        browser.waitForText("#part-calls .call-card[data-status=in-progress]", "with Annie");
        second.hangup(30, "NORMAL_CLEARING");

        browser.open("/calls/" + ResponseJson.of(second.record()).get("id").asLong());
        assertThat(browser.waitFor("#story").getText()).contains("Waited in the queue of Helpdesk (caller number 2)",
                "Heard they were caller number 2", "Rang from the queue, tier 1: Annie", "Left the queue (answered)");
    }
}
