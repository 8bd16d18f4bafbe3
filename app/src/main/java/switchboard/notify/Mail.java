package switchboard.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import switchboard.Json;

/** A plain-text notification mail to one recipient. */
public record Mail(String to, String subject, String text) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How the outbox keeps it (the recipient is the row's target). */
    String payload() {
        return Json.object("subject", subject, "text", text);
    }

    static Mail fromOutbox(String to, String payload) {
        try {
            JsonNode node = MAPPER.readTree(payload);
            return new Mail(to, node.path("subject").asText(), node.path("text").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
