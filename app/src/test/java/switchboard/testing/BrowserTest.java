package switchboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import switchboard.accounts.AccountDao;
import switchboard.accounts.Passwords;

/**
 * Base for browser tests: the real server and database of ServerTest, one Chromium for the class. The seed's admin,
 * Jane, gets a known password; {@link #password(String, String)} gives one to anyone else.
 */
@Tag("browser")
public abstract class BrowserTest extends ServerTest {
    public static final String ADMIN = "jane@example.com";
    public static final String ADMIN_PASSWORD = "jane-password-1";
    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        Browser.assumeInstalled();
        password(ADMIN, ADMIN_PASSWORD);
        browser = Browser.desktop(base());
    }

    protected String base() {
        return "http://localhost:" + server.port();
    }

    /** Sets a user's dashboard password directly (the sign-in link flow has its own test). */
    protected void password(String email, String password) {
        server.jdbi().useExtension(AccountDao.class, dao -> {
            long id = dao.byEmail(email).orElseThrow().id();
            dao.setPassword(id, Passwords.hash(password));
        });
    }

    /** No page may log a script error or a refusal by the Content-Security-Policy. */
    @AfterEach
    void noConsoleErrors() {
        if (browser != null) assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }
}
