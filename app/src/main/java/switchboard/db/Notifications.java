package switchboard.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on one PostgreSQL channel over a connection of its own, for as long as the instance runs: every payload
 * NOTIFY'd on the channel, by any instance, is handed on. A lost connection is opened again (1 s, then up to 30 s
 * apart); as notifications sent meanwhile are lost, {@code reconnected} runs once it is back.
 */
public final class Notifications implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int POLL_MILLIS = 500;

    private final Jdbi jdbi;
    private final String channel;
    private final Consumer<String> payloads;
    private final Runnable reconnected;
    private final Thread thread;
    private volatile boolean running = true;

    private Notifications(Jdbi jdbi, String channel, Consumer<String> payloads, Runnable reconnected) {
        if (!channel.matches("[a-z_]+")) throw new IllegalArgumentException("channel " + channel);
        this.jdbi = jdbi;
        this.channel = channel;
        this.payloads = payloads;
        this.reconnected = reconnected;
        this.thread = new Thread(this::run, "listen-" + channel);
        thread.setDaemon(true);
    }

    public static Notifications listen(Jdbi jdbi, String channel, Consumer<String> payloads, Runnable reconnected) {
        Notifications n = new Notifications(jdbi, channel, payloads, reconnected);
        n.thread.start();
        return n;
    }

    private void run() {
        long backoff = 1_000;
        boolean first = true;
        while (running) {
            try (Handle handle = jdbi.open()) {
                Connection connection = handle.getConnection();
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + channel);
                }
                if (!first) reconnected.run();
                first = false;
                backoff = 1_000;
                while (running) {
                    PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
                    if (batch == null) continue;
                    for (PGNotification n : batch) payloads.accept(n.getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                log.warn("listening on {} failed ({}); again in {} ms", channel, e.getMessage(), backoff);
                first = false;
                sleep(backoff);
                backoff = Math.min(30_000, backoff * 2);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
