package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import switchboard.testing.Browser;
import switchboard.testing.BrowserTest;
import switchboard.testing.PlivoCall;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;

/** The reports page: a line's calls of the last day, counted as the API counts them and drawn as a bar. */
class ReportsBrowserTest extends BrowserTest {

    @Test
    void a_lines_answered_and_missed_calls_are_counted_and_drawn() {
        Person rhea = staff.user("Rhea");
        String line = staff.line("Reported", "", Staff.tier("ring-all", rhea));
        PlivoCall answered = server.newCall(line);
        answered.answer();
        answered.answeredBy(0, rhea.sipUri());
        answered.hangup(60, "NORMAL_CLEARING");
        PlivoCall missed = server.newCall(line);
        missed.answer();
        missed.hangup(5, "ORIGINATOR_CANCEL");

        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/reports");
        new Select(browser.waitFor("#f-days")).selectByValue("1");
        new Select(browser.find("#f-groupBy")).selectByValue("line");
        new Select(browser.find("#f-lineId")).selectByVisibleText("Reported");
        WebElement before = browser.find("#report-filters"); // on every page, with calls or without
        browser.click("#report-filters button[type=submit]");
        browser.waitFor(Browser.WAIT).until(ExpectedConditions.stalenessOf(before)); // the new page's figures, not the old
        assertThat(browser.waitFor("#t-offered").getText()).isEqualTo("2");
        assertThat(browser.find("#t-answered").getText()).isEqualTo("1");
        assertThat(browser.all("#rows tbody tr")).hasSize(1);
        assertThat(browser.find("#rows tbody tr td").getText()).isEqualTo("Reported");
        assertThat(browser.find("#rows .bar .answered").getAttribute("width")).isEqualTo("120");
        assertThat(browser.find("#rows .bar .unanswered").getAttribute("width")).isEqualTo("120");
        browser.fitHeight().screenshot("reports");
    }

    @Test
    void the_reports_and_the_rota_fit_a_360_px_phone() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        call.answer();
        call.hangup(5, "ORIGINATOR_CANCEL");
        try (Browser phone = Browser.phone(base())) {
            phone.signIn(ADMIN, ADMIN_PASSWORD);
            phone.open("/reports?days=1&groupBy=line");
            phone.waitFor("#rows");
            assertThat(scrollWidth(phone)).as("reports: no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            phone.screenshot("reports-phone-360");
            phone.open("/rota?week=2031-W20");
            phone.click("#generate");
            phone.waitForText("#rota-status", "proposed");
            assertThat(scrollWidth(phone)).as("rota: no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            phone.screenshot("rota-phone-360");
        }
    }

    private static int scrollWidth(Browser phone) {
        return ((Number) phone.driver().executeScript("return document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void a_period_the_page_does_not_offer_is_a_400_naming_it() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/reports?days=400");
        assertThat(browser.find("body").getText()).contains("days must be 1, 7, 30 or 90");
    }
}
