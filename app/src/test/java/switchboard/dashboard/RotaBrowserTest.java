package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import switchboard.testing.BrowserTest;

/** The rota page: an admin generates and publishes a week over the demo directory; a user reads it and cannot change it. */
class RotaBrowserTest extends BrowserTest {
    private static final String WEEK = "2031-W10";

    @Test
    void an_admin_generates_a_week_and_publishes_it_and_the_published_copy_is_what_routing_follows() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/rota?week=" + WEEK);
        assertThat(browser.waitFor("#no-rota").getText()).isEqualTo("No rota for " + WEEK + " yet.");
        browser.click("#generate");
        browser.waitForText("#rota-status", "proposed");
        String turns = browser.find("#turns").getText();
        assertThat(turns).contains("Support", "MON 2031-03-03", "09:00–11:00");
        assertThat(turns).containsAnyOf("Peter", "Luke", "Jane");
        assertThat(browser.all("#turns tbody tr")).hasSize(20); // Support: four turns each weekday, from the seed
        assertThat(browser.find("#fairness").getText()).contains("Peter", "Luke", "Jane");

        browser.click("#publish");
        browser.waitForText("#rota-status", "published");
        browser.fitHeight().screenshot("rota");
        browser.click("#show-published");
        browser.waitFor("#show-draft");
        assertThat(browser.find("#turns").getText()).isEqualTo(turns);
        assertThat(browser.all("#generate")).as("the published copy is read-only").isEmpty();
    }

    @Test
    void a_user_reads_the_rota_without_the_admin_controls_and_cannot_post_them() {
        password("luke@example.com", "luke-password-1");
        browser.signIn("luke@example.com", "luke-password-1");
        browser.open("/rota?week=2031-W11");
        browser.waitFor("#no-rota");
        assertThat(browser.all("#generate")).isEmpty();
        assertThat(browser.all("nav a[href='/rota']")).as("the nav links the rota for everyone").isNotEmpty();
    }

    @Test
    void a_week_that_is_not_a_week_is_a_400_naming_the_form() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/rota?week=2031-X1");
        assertThat(browser.find("body").getText()).contains("week must look like 2026-W50");
    }
}
