package switchboard.calls;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.LongFunction;

/** CallStory's sentences for a line's menu, the caller queue and the caller's identity ("Pressed 1: on to Sales"). */
final class WaitAndMenuStory {
    private WaitAndMenuStory() {}

    /** Empty for an event type of no concern here. */
    static Optional<String> text(String type, JsonNode d, LongFunction<String> lineName) {
        return Optional.ofNullable(switch (type) {
            case "menu-offered" -> "Heard the menu of " + d.path("line").asText("the line")
                    + (d.path("reason").asText("first").equals("first") ? "" : " again (" + CallStory.words(d.path("reason").asText()) + ")");
            case "menu-chosen" -> "Pressed " + d.path("key").asText() + " in the menu: " + target(d, lineName);
            case "menu-timeout" -> "Pressed nothing in the menu" + then(d, lineName);
            case "menu-invalid" -> "Pressed " + d.path("key").asText() + ", which is no choice in the menu" + then(d, lineName);
            case "menu-skipped" -> "The menu was skipped (" + CallStory.words(d.path("reason").asText()) + ")";
            case "queue-joined" -> "Waited in the queue of " + d.path("line").asText("the line") + " (caller number "
                    + d.path("waiting").asInt() + ")";
            case "queue-skipped" -> "Did not wait in a queue (" + CallStory.words(d.path("reason").asText()) + ")";
            case "queue-announced" -> "Heard they were caller number " + d.path("position").asInt()
                    + (d.path("expectedMinutes").isNumber() ? ", about " + d.path("expectedMinutes").asInt() + " min to wait" : "");
            case "queue-key" -> "Pressed " + d.path("digits").asText() + " while waiting";
            case "queue-left" -> "Left the queue (" + CallStory.words(d.path("outcome").asText()) + ") after "
                    + CallStory.duration(java.time.Duration.ofSeconds(d.path("waitedSeconds").asLong()));
            case "callback-requested" -> "Asked to be called back";
            case "caller-identified" -> "Known as " + d.path("name").asText()
                    + (d.path("company").isTextual() ? " of " + d.path("company").asText() : "")
                    + (d.path("source").asText().equals("lookup") ? " (caller lookup)" : " (contacts)");
            case "lookup-failed" -> "The caller lookup gave no answer (" + CallStory.words(d.path("reason").asText()) + ")";
            default -> null;
        });
    }

    private static String then(JsonNode d, LongFunction<String> lineName) {
        return d.path("then").asText().equals("again") ? ": heard it again" : ", so " + target(d, lineName);
    }

    private static String target(JsonNode d, LongFunction<String> lineName) {
        return switch (d.path("target").asText()) {
            case "line" -> {
                String name = d.path("targetLineId").isNumber() ? lineName.apply(d.path("targetLineId").asLong()) : null;
                yield "on to " + (name == null ? "another line" : name);
            }
            case "voicemail" -> "to leave a message";
            case "tiers" -> "on to the line's own people";
            default -> "on";
        };
    }
}
