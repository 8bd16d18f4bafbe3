package switchboard.notify;

import com.fasterxml.jackson.databind.JsonNode;
import switchboard.json.Json;

/** A plain-text notification mail to one recipient. */
public record Mail(String to, String subject, String text) {
    /** How the outbox keeps it (the recipient is the row's target). */
    String payload() {
        return Json.object("subject", subject, "text", text);
    }

    static Mail fromOutbox(String to, String payload) {
        JsonNode node = Json.tree(payload);
        return new Mail(to, node.path("subject").asText(), node.path("text").asText());
    }
}
