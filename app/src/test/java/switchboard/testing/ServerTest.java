package switchboard.testing;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** Base for tests against one real server and database, shared by the test class's methods. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTest {
    protected TestServer server;
    /** Fresh users and lines, with SIP URIs no other test uses. */
    protected Staff staff;

    /** The environment over the test defaults (TestServer.config): "" unsets a variable. */
    protected Map<String, String> serverEnv() {
        return Map.of();
    }

    @BeforeAll
    void startServer() {
        server = TestServer.start(serverEnv());
        // The seeded users serve every test of the class at once; capacity has its own tests with their own users.
        server.jdbi().useHandle(h -> h.execute("update users set max_concurrent_calls = 50"));
    }

    @BeforeEach
    void newStaff() {
        staff = new Staff(server);
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
