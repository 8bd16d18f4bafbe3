package switchboard.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import switchboard.config.SmtpUrl;

/** Connects to SMTP_URL and logs in as the mails would, sending nothing: whether mail can leave. */
public final class SmtpLogin {
    private SmtpLogin() {}

    public static void tryLogin(SmtpUrl url) throws MessagingException {
        Session session = Session.getInstance(SmtpMailer.properties(url));
        try (Transport transport = session.getTransport(SmtpMailer.protocol(url))) {
            transport.connect(url.host(), url.port(), url.user(), url.password());
        }
    }
}
