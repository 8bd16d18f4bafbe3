package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.db.Database;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.TestServer;

/** Two instances on one database: one contact per number, and one menu choice per step, however the requests race. */
class TwoInstancesTest extends ContactsServer {

    @Test
    void racing_adds_of_one_number_make_one_contact_and_the_rest_are_409() throws Exception {
        try (Database pool2 = Database.connect(server.jdbcUrl());
             Server second = Server.start(TestServer.config(Map.of("DEFAULT_REGION", "FR")), pool2.jdbi())) {
            Http other = new Http("http://localhost:" + second.port());
            ExecutorService pool = Executors.newFixedThreadPool(12);
            for (int round = 0; round < 5; round++) {
                String n = paris();
                List<Callable<Http.Response>> work = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String body = "{\"name\": \"Racer " + i + "\", \"numbers\": [\"" + (i % 2 == 0 ? n : "0" + n.substring(3)) + "\"]}";
                    boolean viaSecond = i % 2 == 1;
                    work.add(() -> viaSecond ? other.json("POST", "/api/contacts", body, Map.of("Authorization", "Bearer " + TestServer.API_TOKEN))
                            : server.api("POST", "/api/contacts", body));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Http.Response> f : pool.invokeAll(work)) statuses.add(f.get().status());
                assertThat(statuses).as("round " + round).containsOnly(201, 409).containsOnlyOnce(201);
                assertThat(ResponseJson.of(server.api("/api/contacts?number=%2B" + n.substring(1))).get("items").size()).isOne();
            }
            pool.shutdownNow();
        }
    }

    @Test
    void racing_copies_of_a_menu_key_on_two_instances_give_one_step_and_one_entry() throws Exception {
        long sales = 2; // the demo directory's Sales line
        long line = ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": \"Race Menu\", \"sipUri\": \"sip:race-menu@phone.plivo.com\"}")).get("id").asLong();
        server.api("PUT", "/api/lines/" + line + "/menu", "{\"prompt\": \"Press 1.\", \"options\": [{\"key\": \"1\", \"lineId\": " + sales + "}]}");
        try (Database pool2 = Database.connect(server.jdbcUrl());
             Server second = Server.start(TestServer.config(Map.of("DEFAULT_REGION", "FR")), pool2.jdbi())) {
            Http other = new Http("http://localhost:" + second.port());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            PlivoCall call = server.newCall("sip:race-menu@phone.plivo.com");
            call.answer();
            Map<String, String> params = call.params("Digits", "1");
            List<Callable<Http.Response>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean viaSecond = i % 2 == 1;
                work.add(() -> viaSecond ? other.postForm("/plivo/menu/0/digits", params, server.signatureHeaders("/plivo/menu/0/digits", params))
                        : server.plivo("/plivo/menu/0/digits", params));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Http.Response> f : pool.invokeAll(work)) bodies.add(f.get().body());
            assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
            assertThat(bodies.get(0)).contains("<Dial");
            String events = ResponseJson.of(call.record()).get("events").toString();
            assertThat(events.split("\"menu-chosen\"", -1)).hasSize(2);
            assertThat(events.split("\"tier-ringing\"", -1)).hasSize(2);
            pool.shutdownNow();
        }
    }
}
