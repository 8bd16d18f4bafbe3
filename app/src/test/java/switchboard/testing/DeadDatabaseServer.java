package switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import switchboard.Server;
import switchboard.db.Database;

/** The real server over a database that cannot be reached (a closed local port), signatures off. */
public final class DeadDatabaseServer implements AutoCloseable {
    private final Database deadDb;
    private final Server app;

    public DeadDatabaseServer() {
        this(Map.of());
    }

    /** With more settings, e.g. METRICS_TOKEN. */
    public DeadDatabaseServer(Map<String, String> env) {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deadDb = Database.connect("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing");
        Map<String, String> settings = new java.util.HashMap<>(env);
        settings.put("PLIVO_VERIFY_SIGNATURES", "false");
        app = Server.start(TestServer.config(settings), deadDb.jdbi());
    }

    public int port() {
        return app.port();
    }

    public Http http() {
        return new Http("http://localhost:" + app.port());
    }

    @Override
    public void close() {
        app.close();
        deadDb.close();
    }
}
