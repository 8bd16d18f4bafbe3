package switchboard.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without SMTP_URL: notifications are written to the log instead of being mailed. */
final class LogMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(String id, Mail mail) {
        log.info("mail {} (no SMTP_URL, so logged instead) to {}: {}\n{}", id, mail.to(), mail.subject(), mail.text());
    }
}
