package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.LogCapture;
import switchboard.testing.ServerTest;

/** CR and LF in a webhook's CallUUID, To or From reach the log escaped: nobody forges a log line. */
class LogInjectionTest extends ServerTest {
    static final String FORGED = "2026-11-22T09:00:00.000+0000 [main] ERROR switchboard.Forged - admin logged in";

    @Test
    void line_breaks_in_logged_webhook_values_are_escaped() {
        try (LogCapture log = LogCapture.start()) {
            server.plivo("/plivo/fallback", Map.of("CallUUID", "uuid-1\r\n" + FORGED, "From", "sip:caller@x\n" + FORGED,
                    "To", "sip:sales@phone.plivo.com\r\n" + FORGED));
            server.plivo("/plivo/voicemail/transcription", Map.of("call_uuid", "no-such\n" + FORGED, "transcription", "hello"));
            List<String> lines = log.lines();
            assertThat(lines).noneMatch(l -> l.startsWith(FORGED));
            assertThat(lines).anyMatch(l -> l.contains("uuid-1\\r\\n" + FORGED));
            assertThat(lines).anyMatch(l -> l.contains("no-such\\n" + FORGED));
        }
    }
}
