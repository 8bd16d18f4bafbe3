package switchboard.testing;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** A real server whose mails go to a real SMTP server (GreenMail) the test reads, {@link #smtp}. */
public abstract class MailServerTest extends NotifyServerTest {
    protected MailServer smtp;

    @Override
    protected Map<String, String> startReceivers() {
        smtp = MailServer.start();
        return Map.of("SMTP_URL", smtp.url(), "MAIL_FROM", "Switchboard <switchboard@example.test>");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }
}
