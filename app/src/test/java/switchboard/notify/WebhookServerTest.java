package switchboard.notify;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import switchboard.testing.NotifyServerTest;
import switchboard.testing.WebhookReceiver;

/** A server whose WEBHOOK_URLS point at one real receiver that checks signatures with the shared secret. */
abstract class WebhookServerTest extends NotifyServerTest {
    static final String SECRET = "whsec-test-0123456789abcdef";
    WebhookReceiver receiver;

    @Override
    protected Map<String, String> startReceivers() {
        receiver = WebhookReceiver.start(SECRET);
        return Map.of("WEBHOOK_URLS", receiver.url(), "WEBHOOK_SECRET", SECRET);
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }
}
