package switchboard.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a fixed free port, so it can be stopped and started again in place. */
public final class MailServer implements AutoCloseable {
    public static final String USER = "switchboard";
    public static final String PASSWORD = "p@ss word+1";

    /** One delivered mail, as the recipient's mailbox sees it. */
    public record Received(String to, String subject, String text, String switchboardId) {}

    private final int port;
    private final List<Received> earlier = new ArrayList<>();
    private GreenMail greenMail;

    private MailServer(int port) {
        this.port = port;
    }

    public static MailServer start() {
        MailServer server = new MailServer(freePort());
        server.up();
        return server;
    }

    /** SMTP_URL with credentials GreenMail checks (URL-encoded: '@', space and '+' survive). */
    public String url() {
        return "smtp://" + USER + ":p%40ss%20word+1@127.0.0.1:" + port;
    }

    public void up() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));
        greenMail.start();
    }

    /** Stops accepting connections; what it received so far is kept. */
    public void down() {
        earlier.addAll(current());
        greenMail.stop();
    }

    /** Every mail received since start, across restarts. */
    public List<Received> received() {
        List<Received> all = new ArrayList<>(earlier);
        all.addAll(current());
        return all;
    }

    private List<Received> current() {
        try {
            List<Received> out = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                String[] id = m.getHeader("X-Switchboard-Id");
                out.add(new Received(Arrays.stream(m.getAllRecipients()).map(Object::toString).findFirst().orElse(""),
                        m.getSubject(), String.valueOf(m.getContent()), id == null ? null : id[0]));
            }
            return out;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
