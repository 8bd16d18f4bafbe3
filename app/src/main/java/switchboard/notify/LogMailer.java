package switchboard.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without SMTP_URL: notifications are written to the log instead of being mailed. */
final class LogMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(String id, Mail mail) {
        // One line: bodies carry callers' numbers and a busy line sends many; the body is there at debug level.
        log.info("mail {} to {} not sent (no SMTP_URL): {}", id, mail.to(), mail.subject());
        log.debug("mail {} body:\n{}", id, mail.text());
    }
}
