package switchboard.testing;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import switchboard.notify.Delivery;

/** A real server whose notifications go somewhere the test watches, with a delivery pass the test runs itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotifyServerTest {
    protected final TestClock clock = new TestClock();
    protected TestServer server;
    protected Delivery delivery;
    private Map<String, String> env;

    /** Starts what receives the notifications and returns the settings pointing at it (SMTP_URL, WEBHOOK_URLS...). */
    protected abstract Map<String, String> startReceivers();

    @BeforeAll
    void startServer() {
        env = startReceivers();
        server = TestServer.start(env);
        delivery = newDelivery();
    }

    /** Each test starts with nothing due: whatever an earlier test left is delivered now. */
    @BeforeEach
    void deliverLeftovers() {
        delivery.deliverDue();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    /** Another delivering instance over the same database, as after a restart or on a second dyno. */
    protected Delivery newDelivery() {
        return Delivery.create(TestServer.config(env).notifications(), server.jdbi(), clock);
    }
}
