package switchboard.calls;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import switchboard.json.Json;

/**
 * A call's timeline written for people: "Luke rang 20 s, no answer", "Peter answered on desktop after 4 s",
 * "Talked 3 min 12 s". Read from the stored events alone, so it tells the same story the API's timeline does.
 */
public final class CallStory {
    public record Line(Instant at, String type, String text) {}

    private CallStory() {}

    public static List<Line> of(CallView call) {
        return of(call, id -> null);
    }

    /** lineName: a line's name by id (null when unknown), for the menu choices that lead to another line. */
    public static List<Line> of(CallView call, LongFunction<String> lineName) {
        List<Line> story = new ArrayList<>();
        Map<Integer, Instant> rangAt = new HashMap<>();
        Map<Integer, String> rung = new HashMap<>();
        Instant answeredAt = null;
        for (CallView.EventView e : call.events() == null ? List.<CallView.EventView>of() : call.events()) {
            JsonNode d = Json.tree(e.detail() == null ? "{}" : e.detail());
            int step = d.path("step").asInt(-1);
            String text = switch (e.type()) {
                case "call-started" -> "Call from " + CallerLabel.address(d.path("from").asText(call.from())) + " to "
                        + (call.line() == null ? CallerLabel.address(call.to()) : call.line().name());
                case "unknown-line" -> "Dialled " + CallerLabel.address(d.path("to").asText()) + ", which is none of our lines: the caller heard so";
                case "closed" -> "The line was closed (" + words(d.path("reason").asText()) + ")";
                case "tier-ringing", "owner-ringing", "sticky-ringing", "rota-turn", "queue-offered" -> {
                    rangAt.put(step, e.at());
                    String names = names(d.path("users"));
                    rung.put(step, names);
                    String who = switch (e.type()) {
                        case "owner-ringing" -> "the caller's owner";
                        case "sticky-ringing" -> "whoever answered them last";
                        case "rota-turn" -> "whoever's turn it is";
                        case "queue-offered" -> "from the queue, tier " + d.path("tier").asInt();
                        default -> "tier " + d.path("tier").asInt();
                    };
                    yield "Rang " + who + ": " + names + " (" + words(d.path("strategy").asText("ring-all")) + ", up to "
                            + d.path("timeoutSeconds").asInt() + " s)";
                }
                case "user-skipped" -> d.path("user").asText("Someone") + " was not rung: " + words(d.path("reason").asText());
                case "tier-skipped" -> "Tier " + d.path("tier").asInt() + " was skipped: " + words(d.path("reason").asText());
                case "dial-ended" -> {
                    String status = d.path("dialStatus").asText();
                    if (status.equals("completed")) yield null; // the answer and the talk tell it
                    Instant began = rangAt.get(step);
                    String after = began == null ? "" : " " + duration(Duration.between(began, e.at()));
                    yield rung.getOrDefault(step, "The tier") + " rang" + after + ", " + dialStatus(status);
                }
                case "answered" -> {
                    answeredAt = e.at();
                    Instant began = rangAt.getOrDefault(step, call.startedAt());
                    String app = d.path("app").isTextual() ? " on " + d.path("app").asText() : "";
                    yield d.path("user").asText(CallerLabel.address(d.path("sipUri").asText())) + " answered" + app
                            + (began == null ? "" : " after " + duration(Duration.between(began, e.at())));
                }
                case "leg-ended" -> d.path("durationSeconds").isNumber() && answeredAt != null
                        ? "Talked " + duration(Duration.ofSeconds(d.path("durationSeconds").asLong())) : null;
                case "user-set-away" -> d.path("user").asText("Someone") + " was set away after " + d.path("threshold").asInt()
                        + " missed calls in a row";
                case "voicemail-offered" -> "Went to voicemail (" + words(d.path("reason").asText()) + ")";
                case "voicemail-recorded" -> "Left a voicemail of " + duration(Duration.ofSeconds(d.path("durationSeconds").asLong()));
                case "voicemail-empty" -> "Left no message";
                case "voicemail-transcribed" -> "The voicemail was transcribed";
                case "voicemail-transcription-failed" -> "The voicemail could not be transcribed";
                case "escalated" -> "Sent on from tier " + d.path("fromTier").asText("?") + " to tier " + d.path("toTier").asText("?")
                        + (d.path("by").isTextual() ? " by " + d.path("by").asText() : "");
                case "hangup" -> "Call ended" + (d.path("durationSeconds").isNumber()
                        ? " after " + duration(Duration.ofSeconds(d.path("durationSeconds").asLong())) : "")
                        + (d.path("hangupSource").isTextual() ? ", hung up by the " + d.path("hangupSource").asText().toLowerCase() : "");
                default -> WaitAndMenuStory.text(e.type(), d, lineName).orElseGet(() -> words(e.type()));
            };
            if (text != null) story.add(new Line(e.at(), e.type(), text + (d.path("via").asText("").equals("reconcile") ? " (repaired from Plivo's records)" : "")));
        }
        return story;
    }

    private static String names(JsonNode users) {
        if (!users.isArray() || users.isEmpty()) return "nobody";
        List<String> names = new ArrayList<>();
        users.forEach(u -> names.add(u.path("name").asText("user " + u.path("userId").asText())));
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String dialStatus(String status) {
        return switch (status) {
            case "no-answer", "timeout" -> "no answer";
            case "busy" -> "busy";
            case "failed" -> "the call to them failed";
            case "cancel" -> "the caller hung up";
            default -> status.isEmpty() ? "no answer" : status;
        };
    }

    /** "nobody-eligible" reads "nobody eligible". */
    static String words(String wire) {
        return wire == null ? "" : wire.replace('-', ' ');
    }

    /** "20 s", "3 min 12 s", "1 h 5 min". */
    public static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s >= 3600) return s / 3600 + " h " + (s % 3600) / 60 + " min";
        if (s >= 60) return s / 60 + " min " + s % 60 + " s";
        return s + " s";
    }
}
