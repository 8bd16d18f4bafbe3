package switchboard.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** Tiers are replaced whole and atomically, and the very next call uses them, on every instance. */
class TiersApiTest extends ServerTest {

    long user(String name, String sipUri) {
        long id = ResponseJson.of(server.api("POST", "/api/users", "{\"name\": \"" + name + "\"}")).get("id").asLong();
        server.api("POST", "/api/users/" + id + "/apps", "{\"label\": \"m\", \"sipUri\": \"" + sipUri + "\"}");
        return id;
    }

    long line(String sipUri) {
        return ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": \"Line\", \"sipUri\": \"" + sipUri + "\", \"ringTimeoutSeconds\": 25}"))
                .get("id").asLong();
    }

    @Test
    void tiers_are_replaced_in_order_with_the_line_default_timeout() {
        long a = user("TA", "sip:ta@phone.plivo.com");
        long b = user("TB", "sip:tb@phone.plivo.com");
        long line = line("sip:tier-order@phone.plivo.com");
        Http.Response put = server.api("PUT", "/api/lines/" + line + "/tiers",
                "{\"tiers\": [{\"userIds\": [" + b + ", " + a + "], \"ringTimeoutSeconds\": 12}, {\"userIds\": [" + a + "]}]}");
        assertThat(put.status()).isEqualTo(200);
        JsonNode tiers = ResponseJson.of(server.api("/api/lines/" + line + "/tiers")).get("tiers");
        assertThat(tiers).hasSize(2);
        assertThat(tiers.get(0).get("userIds").toString()).isEqualTo("[" + b + "," + a + "]");
        assertThat(tiers.get(0).get("ringTimeoutSeconds").asInt()).isEqualTo(12);
        assertThat(tiers.get(1).get("ringTimeoutSeconds").asInt()).isEqualTo(25);
        assertThat(tiers.get(1).get("position").asInt()).isEqualTo(2);
    }

    @Test
    void the_next_call_uses_new_tiers_on_every_instance_without_restart() {
        long a = user("NA", "sip:na@phone.plivo.com");
        long b = user("NB", "sip:nb@phone.plivo.com");
        long line = line("sip:next-call@phone.plivo.com");
        server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": [{\"userIds\": [" + a + "]}]}");
        assertThat(server.newCall("sip:next-call@phone.plivo.com").answer().xml().strings("/Response/Dial/User"))
                .containsExactly("sip:na@phone.plivo.com");
        try (Server other = Server.start(TestServer.config(java.util.Map.of()), server.jdbi())) {
            server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": [{\"userIds\": [" + b + "]}]}");
            PlivoCall viaOther = server.newCall("sip:next-call@phone.plivo.com");
            Http.Response r = new Http("http://localhost:" + other.port()).postForm("/plivo/answer", viaOther.params(),
                    server.signatureHeaders("/plivo/answer", viaOther.params()));
            assertThat(r.xml().strings("/Response/Dial/User")).containsExactly("sip:nb@phone.plivo.com");
        }
    }

    @Test
    void a_rejected_replacement_leaves_the_old_tiers_untouched() {
        long a = user("RA", "sip:ra@phone.plivo.com");
        long line = line("sip:atomic@phone.plivo.com");
        server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": [{\"userIds\": [" + a + "]}]}");
        Http.Response bad = server.api("PUT", "/api/lines/" + line + "/tiers",
                "{\"tiers\": [{\"userIds\": [" + a + "]}, {\"userIds\": [777777]}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(ResponseJson.of(server.api("/api/lines/" + line + "/tiers")).get("tiers")).hasSize(1);
    }

    @Test
    void concurrent_replacements_never_mix() throws Exception {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) users.add(user("C" + i, "sip:c" + i + "@phone.plivo.com"));
        long line = line("sip:concurrent-tiers@phone.plivo.com");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Response>> puts = new ArrayList<>();
            for (long u : users) {
                String body = "{\"tiers\": [{\"userIds\": [" + u + "]}, {\"userIds\": [" + u + "]}, {\"userIds\": [" + u + "]}]}";
                puts.add(pool.submit(() -> server.api("PUT", "/api/lines/" + line + "/tiers", body)));
            }
            for (Future<Http.Response> f : puts) assertThat(f.get().status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        JsonNode tiers = ResponseJson.of(server.api("/api/lines/" + line + "/tiers")).get("tiers");
        assertThat(tiers).hasSize(3);
        assertThat(tiers.findValues("userIds").stream().map(JsonNode::toString).distinct()).hasSize(1);
    }

    @Test
    void deleting_a_user_removes_them_from_tiers_but_keeps_their_calls() {
        long a = user("DA", "sip:da@phone.plivo.com");
        long b = user("DB", "sip:db@phone.plivo.com");
        long line = line("sip:delete-user@phone.plivo.com");
        server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": [{\"userIds\": [" + a + ", " + b + "]}]}");
        PlivoCall call = server.newCall("sip:delete-user@phone.plivo.com");
        call.answer();
        call.answeredBy(0, "sip:da@phone.plivo.com");
        call.dialEnded(0, "completed");
        call.hangup(30, "NORMAL_CLEARING");
        assertThat(server.api("DELETE", "/api/users/" + a, null).status()).isEqualTo(204);
        assertThat(ResponseJson.of(server.api("/api/lines/" + line + "/tiers")).at("/tiers/0/userIds").toString()).isEqualTo("[" + b + "]");
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.at("/answeredBy/name").asText()).isEqualTo("DA");
        assertThat(record.at("/answeredBy/app/sipUri").asText()).isEqualTo("sip:da@phone.plivo.com");
        assertThat(server.newCall("sip:delete-user@phone.plivo.com").answer().xml().strings("/Response/Dial/User"))
                .containsExactly("sip:db@phone.plivo.com");
    }

    @Test
    void deleting_a_line_keeps_its_calls_and_frees_its_number() {
        long line = line("sip:delete-line@phone.plivo.com");
        PlivoCall call = server.newCall("sip:delete-line@phone.plivo.com");
        call.answer();
        call.hangup(4, "NORMAL_CLEARING");
        assertThat(server.api("DELETE", "/api/lines/" + line, null).status()).isEqualTo(204);
        assertThat(ResponseJson.of(call.record()).at("/line/name").asText()).isEqualTo("Line");
        assertThat(server.newCall("sip:delete-line@phone.plivo.com").answer().xml().count("/Response/Dial")).isZero();
        assertThat(server.api("POST", "/api/lines", "{\"name\": \"Again\", \"sipUri\": \"sip:delete-line@phone.plivo.com\"}").status())
                .isEqualTo(201);
    }
}
