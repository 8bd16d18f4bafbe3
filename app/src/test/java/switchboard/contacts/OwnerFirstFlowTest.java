package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.Xpath;

/** Owner first and sticky routing through the webhooks: who rings before tier 1, for how long, and why not. */
class OwnerFirstFlowTest extends ContactsServer {

    @Test
    void the_contacts_owner_rings_first_for_owner_ring_seconds_then_tier_one() {
        Staff.Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 10"), olga = staff.user("Olga", "\"maxConcurrentCalls\": 10");
        String line = staff.line("Owned", "\"ownerFirst\": true, \"ownerRingSeconds\": 10", Staff.tier("ring-all", ann));
        String n = paris();
        contact("{\"name\": \"Client\", \"numbers\": [\"" + n + "\"], \"ownerUserId\": " + olga.id() + "}");
        PlivoCall call = server.newCall(line, n);
        Xpath first = call.answer().xml();
        assertThat(first.strings("/Response/Dial/User")).containsExactly(olga.sipUri());
        assertThat(first.string("/Response/Dial/@timeout")).isEqualTo("10");
        assertThat(call.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(types(call)).containsSubsequence("caller-identified", "owner-ringing", "dial-ended", "tier-ringing");
        PlivoCall stranger = server.newCall(line, paris());
        assertThat(stranger.answer().xml().strings("/Response/Dial/User")).as("no contact, no owner").containsExactly(ann.sipUri());
    }

    @Test
    void an_owner_who_cannot_take_the_call_is_skipped_with_the_reason() {
        Staff.Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 10"), olga = staff.user("Olga", "\"maxConcurrentCalls\": 10");
        String line = staff.line("Owned", "\"ownerFirst\": true", Staff.tier("ring-all", ann));
        String n = paris();
        contact("{\"name\": \"Client\", \"numbers\": [\"" + n + "\"], \"ownerUserId\": " + olga.id() + "}");
        server.api("PUT", "/api/users/" + olga.id() + "/status", "{\"status\": \"offline\"}");
        PlivoCall call = server.newCall(line, n);
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        String events = ResponseJson.of(call.record()).get("events").toString();
        assertThat(events).contains("\"type\":\"user-skipped\"", "\"tier\":-1", "\"userId\":" + olga.id(), "\"reason\":\"offline\"");
        assertThat(events).doesNotContain("owner-ringing");
    }

    @Test
    void without_owner_first_the_owner_waits_for_their_tier() {
        Staff.Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 10"), olga = staff.user("Olga", "\"maxConcurrentCalls\": 10");
        String line = staff.line("Plain", "", Staff.tier("ring-all", ann));
        String n = paris();
        contact("{\"name\": \"Client\", \"numbers\": [\"" + n + "\"], \"ownerUserId\": " + olga.id() + "}");
        assertThat(server.newCall(line, n).answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void sticky_rings_who_last_answered_this_caller_on_this_line_first() {
        Staff.Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 10"), bob = staff.user("Bob", "\"maxConcurrentCalls\": 10");
        String line = staff.line("Sticky", "\"stickyDays\": 30, \"ownerRingSeconds\": 12", Staff.tier("ring-all", ann, bob));
        String caller = "sip:regular-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@phone.plivo.com"; // no contact: by number
        PlivoCall before = server.newCall(line, caller);
        before.answer();
        before.answeredBy(0, bob.sipUri());
        before.dialEnded(0, "completed");
        before.hangup(60, "NORMAL_CLEARING");
        PlivoCall again = server.newCall(line, caller);
        Xpath first = again.answer().xml();
        assertThat(first.strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(first.string("/Response/Dial/@timeout")).isEqualTo("12");
        assertThat(again.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactlyInAnyOrder(ann.sipUri(), bob.sipUri());
        assertThat(types(again)).containsSubsequence("sticky-ringing", "dial-ended", "tier-ringing").doesNotContain("owner-ringing");
        String elsewhere = staff.line("Other", "\"stickyDays\": 30", Staff.tier("ring-all", ann, bob));
        assertThat(server.newCall(elsewhere, caller).answer().xml().strings("/Response/Dial/User")).as("another line")
                .containsExactlyInAnyOrder(ann.sipUri(), bob.sipUri());
        server.jdbi().useHandle(h -> h.createUpdate("update calls set answered_at = answered_at - interval '31 days' where call_uuid = :u")
                .bind("u", before.uuid).execute());
        assertThat(server.newCall(line, caller).answer().xml().strings("/Response/Dial/User")).as("31 days ago: too long")
                .containsExactlyInAnyOrder(ann.sipUri(), bob.sipUri());
    }

    @Test
    void a_contact_is_sticky_by_contact_from_any_of_its_numbers_and_the_owner_comes_before_sticky() {
        Staff.Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 10"), bob = staff.user("Bob", "\"maxConcurrentCalls\": 10"), olga = staff.user("Olga", "\"maxConcurrentCalls\": 10");
        String line = staff.line("Both", "\"stickyDays\": 7", Staff.tier("ring-all", ann, bob));
        String office = paris(), mobile = paris();
        long id = contact("{\"name\": \"Client\", \"numbers\": [\"" + office + "\", \"" + mobile + "\"]}").get("id").asLong();
        PlivoCall before = server.newCall(line, office);
        before.answer();
        before.answeredBy(0, ann.sipUri());
        PlivoCall fromMobile = server.newCall(line, mobile);
        assertThat(fromMobile.answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(types(fromMobile)).contains("sticky-ringing");
        server.api("PATCH", "/api/contacts/" + id, "{\"ownerUserId\": " + olga.id() + "}");
        server.api("PATCH", "/api/lines/" + lineId(line), "{\"ownerFirst\": true}");
        PlivoCall owned = server.newCall(line, mobile);
        assertThat(owned.answer().xml().strings("/Response/Dial/User")).containsExactly(olga.sipUri());
        assertThat(types(owned)).contains("owner-ringing").doesNotContain("sticky-ringing");
    }

    private long lineId(String sip) {
        for (JsonNode l : ResponseJson.of(server.api("/api/lines?limit=200")).get("items")) {
            if (l.get("sipUri").asText().equals(sip)) return l.get("id").asLong();
        }
        throw new AssertionError("no line " + sip);
    }

    private static java.util.List<String> types(PlivoCall call) {
        java.util.List<String> out = new java.util.ArrayList<>();
        ResponseJson.of(call.record()).get("events").forEach(e -> out.add(e.get("type").asText()));
        return out;
    }
}
