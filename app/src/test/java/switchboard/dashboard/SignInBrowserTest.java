package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import switchboard.testing.BrowserTest;

class SignInBrowserTest extends BrowserTest {

    @Test
    void the_board_asks_for_sign_in_first_and_opens_after_it() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/calls?status=missed");
        browser.waitFor("#email");
        assertThat(browser.path()).isEqualTo("/sign-in?next=%2Fcalls%3Fstatus%3Dmissed");
        browser.screenshot("sign-in");
        browser.type("#email", ADMIN).type("#password", ADMIN_PASSWORD).click("form button[type=submit]");
        browser.waitForPath("/calls?status=missed");
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_refusal() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.type("#email", ADMIN).type("#password", "not-her-password").click("form button[type=submit]");
        String wrong = browser.waitFor("#sign-in-error").getText();
        assertThat(browser.path()).startsWith("/sign-in");
        browser.type("#email", "nobody@example.com").type("#password", "whatever-it-is").click("form button[type=submit]");
        String unknown = browser.waitFor("#sign-in-error").getText();
        assertThat(unknown).isEqualTo(wrong).contains("do not match");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("nobody@example.com");
    }

    @Test
    void five_failures_lock_the_account_even_against_its_right_password() {
        password("peter@example.com", "peter-password-1");
        browser.driver().manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            browser.open("/sign-in");
            browser.type("#email", "peter@example.com").type("#password", "guess-" + i).click("form button[type=submit]");
            assertThat(browser.waitFor("#sign-in-error").getText()).contains("do not match");
        }
        browser.open("/sign-in");
        browser.type("#email", "peter@example.com").type("#password", "peter-password-1").click("form button[type=submit]");
        assertThat(browser.waitFor("#sign-in-error").getText()).contains("Too many failed sign-ins");
        assertThat(browser.path()).startsWith("/sign-in");
    }

    @Test
    void signing_in_shows_the_board_and_signing_out_ends_it() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.find("header .who").getText()).isEqualTo("Jane");
        browser.click("form.signout button");
        browser.waitFor("#email");
        browser.open("/");
        browser.waitFor("#email");
        assertThat(browser.path()).startsWith("/sign-in");
    }
}
