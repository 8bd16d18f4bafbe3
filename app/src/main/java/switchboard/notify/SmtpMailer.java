package switchboard.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import switchboard.config.SmtpUrl;

/**
 * Sends over SMTP_URL: STARTTLS whenever an smtp:// server offers it, TLS throughout for smtps://.
 * One connection per mail: notifications are few, and a fresh connection survives a server restart.
 */
record SmtpMailer(SmtpUrl url, String from, Clock clock, Session session) implements Mailer {
    private static final String TIMEOUT_MS = "10000";

    static SmtpMailer over(SmtpUrl url, String from, Clock clock) {
        return new SmtpMailer(url, from, clock, Session.getInstance(properties(url)));
    }

    @Override
    public void send(String id, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("X-Switchboard-Id", id); // lets a mailbox rule drop a repeat after a crash mid-send
        try (Transport transport = session.getTransport(protocol(url))) {
            transport.connect(url.host(), url.port(), url.user(), url.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    static String protocol(SmtpUrl url) {
        return url.tls() ? "smtps" : "smtp";
    }

    static Properties properties(SmtpUrl url) {
        String p = "mail." + protocol(url) + ".";
        Properties props = new Properties();
        props.put(p + "host", url.host());
        props.put(p + "port", Integer.toString(url.port()));
        props.put(p + "auth", Boolean.toString(url.user() != null));
        props.put(p + "connectiontimeout", TIMEOUT_MS);
        props.put(p + "timeout", TIMEOUT_MS);
        props.put(p + "writetimeout", TIMEOUT_MS);
        if (!url.tls()) props.put(p + "starttls.enable", "true");
        return props;
    }
}
