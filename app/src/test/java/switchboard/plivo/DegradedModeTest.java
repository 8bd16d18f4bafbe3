package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.testing.DeadDatabaseServer;
import switchboard.testing.Http;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/** With the database unreachable, a caller still hears something and can leave a message. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DegradedModeTest {
    DeadDatabaseServer server;
    Http http;

    @BeforeAll
    void start() {
        server = new DeadDatabaseServer();
        http = server.http();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void fallback_answers_with_a_voicemail_without_the_database() {
        Http.Response r = http.postForm("/plivo/fallback", form(), Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        Xpath xml = r.xml();
        assertThat(xml.string("/Response/Speak")).isNotBlank();
        assertThat(xml.string("/Response/Record/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/voicemail/action");
        assertThat(xml.string("/Response/Record/@callbackUrl")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/voicemail/callback");
    }

    @Test
    void answer_with_the_database_down_still_takes_a_message() {
        Http.Response r = http.postForm("/plivo/answer", form(), Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Record")).isEqualTo(1);
    }

    @Test
    void dial_action_with_the_database_down_still_takes_a_message() {
        Map<String, String> form = new java.util.HashMap<>(form());
        form.put("DialStatus", "no-answer");
        Http.Response r = http.postForm("/plivo/dial/0/action", form, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Record")).isEqualTo(1);
    }

    @Test
    void health_reports_503_when_the_database_is_unreachable() {
        Http.Response r = http.get("/health", Map.of());
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).contains("unavailable");
    }

    private static Map<String, String> form() {
        return Map.of("CallUUID", "degraded-1", "From", "sip:caller@phone.plivo.com", "To", "sip:sales@phone.plivo.com");
    }
}
