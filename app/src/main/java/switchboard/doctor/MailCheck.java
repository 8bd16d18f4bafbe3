package switchboard.doctor;

import static switchboard.doctor.Check.fail;
import static switchboard.doctor.Check.ok;
import static switchboard.doctor.Check.warn;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import switchboard.config.Config;
import switchboard.config.NotifyConfig;
import switchboard.config.SmtpUrl;
import switchboard.notify.SmtpLogin;

/** With SMTP_URL: the server reached and the login taken, as a mail would be sent (nothing is). */
final class MailCheck {
    private MailCheck() {}

    static Check mail(Config config) {
        NotifyConfig notify = config.notifications();
        if (notify.smtp().isEmpty()) {
            return warn("mail", "SMTP_URL is not set: notification mails are only written to the log",
                    "set SMTP_URL and MAIL_FROM to send them");
        }
        SmtpUrl url = notify.smtp().get();
        try {
            SmtpLogin.tryLogin(url);
            return ok("mail", url + " took the login; mails come from " + notify.mailFrom().orElseThrow());
        } catch (AuthenticationFailedException e) {
            return fail("mail", url + " refused the user or password", "correct them in SMTP_URL");
        } catch (MessagingException e) {
            return fail("mail", "cannot reach " + url + " (" + why(e) + ")", "check SMTP_URL's host and port, and that the server runs");
        }
    }

    private static String why(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "unknown host";
            if (t instanceof SocketTimeoutException) return "no answer";
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
