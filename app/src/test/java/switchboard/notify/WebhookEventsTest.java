package switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.WebhookReceiver;

/** Outgoing webhooks to a real HTTP receiver that checks every signature: what is sent, and that it is sent once. */
class WebhookEventsTest extends WebhookServerTest {

    @Test
    void a_voicemail_call_sends_signed_events_with_id_type_time_and_data() {
        PlivoCall call = voicemail(server.newCall(SALES), "https://media.plivo.com/hook.mp3", 11);
        delivery.deliverDue();
        List<WebhookReceiver.Received> events = receiver.about(call.uuid);
        assertThat(events).extracting(WebhookReceiver.Received::type)
                .containsExactly("call.started", "callback.updated", "voicemail.created", "call.ended");
        assertThat(events).allMatch(WebhookReceiver.Received::signatureValid);
        long callId = callId(call);
        assertThat(events).extracting(WebhookReceiver.Received::id).contains("call-" + callId + "-started", "call-" + callId + "-ended");
        JsonNode ended = events.get(3).body();
        assertThat(ended.fieldNames()).toIterable().containsExactly("id", "type", "createdAt", "data");
        assertThat(Instant.parse(ended.get("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(ended.at("/data/call/callUuid").asText()).isEqualTo(call.uuid);
        assertThat(ended.at("/data/call/status").asText()).isEqualTo("voicemail");
        assertThat(ended.at("/data/call/durationSeconds").asInt()).isEqualTo(36); // 11 s of message + 25
        JsonNode callback = onlyCallbackOf(server, call.from);
        assertThat(events.get(2).body().at("/data/callbackId").asLong()).isEqualTo(callback.get("id").asLong());
        assertThat(events.get(2).body().at("/data/call/voicemailUrl").asText()).isEqualTo("https://media.plivo.com/hook.mp3");
        assertThat(events.get(1).body().at("/data/changes/0").asText()).isEqualTo("created");
        assertThat(events.get(1).body().at("/data/callback/id").asLong()).isEqualTo(callback.get("id").asLong());
    }

    @Test
    void an_answered_call_sends_started_answered_and_ended() {
        PlivoCall call = answered(server.newCall(SALES), "sip:jane-mobile@phone.plivo.com");
        delivery.deliverDue();
        List<WebhookReceiver.Received> events = receiver.about(call.uuid);
        assertThat(events).extracting(WebhookReceiver.Received::type).containsExactly("call.started", "call.answered", "call.ended");
        assertThat(events.get(1).body().at("/data/call/answeredBy/name").asText()).isEqualTo("Jane");
        assertThat(events.get(2).body().at("/data/call/status").asText()).isEqualTo("answered");
    }

    @Test
    void repeated_webhooks_send_each_event_once_under_its_stable_id() {
        PlivoCall call = server.newCall(MAIN);
        for (int i = 0; i < 2; i++) answered(call, "sip:luke-mobile@phone.plivo.com");
        delivery.deliverDue();
        long id = callId(call);
        assertThat(receiver.about(call.uuid)).extracting(WebhookReceiver.Received::id)
                .containsExactly("call-" + id + "-started", "call-" + id + "-answered", "call-" + id + "-ended");
    }

    @Test
    void patching_a_callback_sends_callback_updated_with_what_changed() {
        PlivoCall call = missed(server.newCall(SUPPORT));
        long id = onlyCallbackOf(server, call.from).get("id").asLong();
        server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"in-progress\", \"assigneeId\": " + server.directory().userId("Peter") + "}");
        server.api("POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"left a message\"}");
        delivery.deliverDue();
        List<JsonNode> updates = receiver.received().stream().filter(r -> r.type().equals("callback.updated"))
                .map(WebhookReceiver.Received::body).filter(b -> b.at("/data/callback/id").asLong() == id).toList();
        assertThat(updates).extracting(b -> b.get("id").asText())
                .containsExactly("callback-" + id + "-v1", "callback-" + id + "-v2", "callback-" + id + "-v3");
        assertThat(updates.get(1).at("/data/changes").toString()).isEqualTo("[\"status\",\"assigneeId\"]");
        assertThat(updates.get(2).at("/data/changes").toString()).isEqualTo("[\"notes\"]");
        assertThat(updates.get(2).at("/data/callback/notes/0/text").asText()).isEqualTo("left a message");
        assertThat(ResponseJson.of(server.api("/api/callbacks/" + id)).get("notes")).hasSize(1);
    }
}
