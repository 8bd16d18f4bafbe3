package switchboard.queue;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.calls.CallStatus;
import switchboard.db.Database;
import switchboard.directory.User;
import switchboard.json.Json;
import switchboard.testing.FakePlivo;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.Staff.Person;
import switchboard.testing.TestServer;

/**
 * Two app instances on one database, both dispatching, many callers and few users, every webhook of a round sent at
 * once in a random order (each caller's Redirect to both instances): nobody is offered two callers, no caller is
 * offered twice, and callers are offered in the order they joined.
 */
class QueueRaceTest extends QueueServerTest {
    private static final int USERS = 4;
    private static final int CALLERS = 16;
    private final FakePlivo plivo = FakePlivo.start();
    private final Random random = new Random(14);

    @Override
    protected Map<String, String> serverEnv() {
        Map<String, String> env = new HashMap<>(plivo.env());
        env.remove("PLIVO_AUTH_ID");
        env.put("PLIVO_API_TIMEOUT", "10s");
        return env;
    }

    @AfterAll
    void stopPlivo() {
        plivo.close();
    }

    private record Sent(PlivoCall call, Http.Response response) {}

    @Test
    void no_user_gets_two_callers_no_caller_two_users_and_the_order_is_first_come_first_served() throws Exception {
        plivo.wiremock().stubFor(post(urlPathMatching(ACCOUNT + "Call/.*/")).willReturn(FakePlivo.json(202, "callUpdateResponse.json")));
        List<Person> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) users.add(staff.user("U" + i));
        String line = staff.line("Race", queue("\"maxCallers\": 50, \"retrySeconds\": 0"), tier("sequential", users.toArray(Person[]::new)));
        Map<String, PlivoCall> talking = new HashMap<>(); // user's SIP URI -> the call they are on
        for (int i = 0; i < USERS; i++) {
            PlivoCall call = server.newCall(line);
            String user = call.answer().xml().strings("/Response/Dial/User").get(0);
            call.answeredBy(0, user);
            talking.put(user, call);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (Database secondPool = Database.connect(server.jdbcUrl());
             Server second = Server.start(TestServer.config(serverEnv()), secondPool.jdbi())) {
            Http other = new Http("http://localhost:" + second.port());
            Map<String, Integer> waitStep = new HashMap<>();
            List<PlivoCall> callers = new ArrayList<>();
            List<Callable<Sent>> joins = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                PlivoCall call = server.newCall(line);
                callers.add(call);
                boolean viaOther = i % 2 == 1;
                joins.add(() -> new Sent(call, viaOther ? send(other, call, "/plivo/answer", call.params("CallStatus", "ringing")) : call.answer()));
            }
            for (Future<Sent> f : pool.invokeAll(joins)) waitStep.put(f.get().call().uuid, redirectStep(f.get().response()));

            Set<String> served = new HashSet<>();
            Set<String> fetchedTransfers = new HashSet<>();
            int overOffers = 0;
            for (int round = 0; round < 40 && served.size() < CALLERS; round++) {
                List<Callable<Sent>> work = new ArrayList<>();
                for (PlivoCall call : talking.values()) work.add(() -> new Sent(null, call.hangup(20, "NORMAL_CLEARING")));
                talking.clear();
                for (PlivoCall call : callers) {
                    if (served.contains(call.uuid)) continue;
                    String path = "/plivo/queue/" + waitStep.get(call.uuid) + "/next";
                    work.add(() -> new Sent(call, send(server.http(), call, path, call.params("CallStatus", "in-progress"))));
                    work.add(() -> new Sent(call, send(other, call, path, call.params("CallStatus", "in-progress"))));
                }
                for (var transfer : plivo.wiremock().findAll(postRequestedFor(urlPathMatching(ACCOUNT + "Call/.*/")))) {
                    JsonNode body = Json.tree(transfer.getBodyAsString());
                    String uuid = transfer.getUrl().replaceAll(".*/Call/([^/]+)/$", "$1");
                    String path = body.get("aleg_url").asText().substring(TestServer.PUBLIC_URL.length());
                    PlivoCall call = callers.stream().filter(c -> c.uuid.equals(uuid)).findFirst().orElseThrow();
                    if (fetchedTransfers.add(uuid + path)) {
                        work.add(() -> new Sent(call, send(random.nextBoolean() ? other : server.http(), call, path,
                                call.params("CallStatus", "in-progress"))));
                    }
                }
                Collections.shuffle(work, random);
                Map<String, String> dialOf = new HashMap<>();
                for (Future<Sent> f : pool.invokeAll(work)) {
                    Sent sent = f.get();
                    assertThat(sent.response().status()).as(sent.response().body()).isEqualTo(200);
                    if (sent.call() == null || served.contains(sent.call().uuid)) continue;
                    if (sent.response().xml().count("/Response/Dial") == 1) {
                        String previous = dialOf.put(sent.call().uuid, sent.response().body());
                        assertThat(previous == null || previous.equals(sent.response().body()))
                                .as("one offer per caller, whoever fetched it").isTrue();
                    } else if (!dialOf.containsKey(sent.call().uuid)) {
                        waitStep.merge(sent.call().uuid, redirectStep(sent.response()), Math::max);
                    }
                }
                overOffers += overOffersNow();
                for (var dial : dialOf.entrySet()) {
                    PlivoCall call = callers.stream().filter(c -> c.uuid.equals(dial.getKey())).findFirst().orElseThrow();
                    var xml = new Http.Response(200, dial.getValue(), "text/xml").xml();
                    String user = xml.strings("/Response/Dial/User").get(0);
                    int step = Integer.parseInt(xml.string("/Response/Dial/@action").replaceAll(".*/dial/(\\d+)/action$", "$1"));
                    call.answeredBy(step, user);
                    assertThat(talking.put(user, call)).as(user + " answers one caller at a time").isNull();
                    served.add(call.uuid);
                }
            }
            assertThat(served).as("every caller was answered").hasSize(CALLERS);
            assertThat(overOffers).as("users offered more callers than they may take").isZero();
            assertThat(offersPerCaller(line)).as("queue offers per caller").containsOnly(1);
            assertThat(inversions(line)).as("callers offered before someone who joined earlier").isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private Http.Response send(Http to, PlivoCall call, String path, Map<String, String> params) {
        return to.postForm(path, params, server.signatureHeaders(path, params));
    }

    private int overOffersNow() {
        return server.jdbi().withHandle(h -> h.createQuery("""
                select coalesce(sum(greatest(0, n - max_concurrent_calls)), 0) from (
                    select u.max_concurrent_calls, count(*) as n from offers o join users u on u.id = o.user_id
                    where o.ended_at is null and o.expires_at > now() group by u.id, u.max_concurrent_calls) t""")
                .mapTo(Integer.class).one());
    }

    private List<Integer> offersPerCaller(String line) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                select (select count(*) from call_steps s where s.call_id = e.call_id and s.kind = 'queue-offer')::int
                from queue_entries e join lines l on l.id = e.line_id where l.sip_uri = ?""").bind(0, line).mapTo(Integer.class).list());
    }

    /** Pairs of callers where the one who joined later was offered first (offers are numbered in the order made). */
    private int inversions(String line) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                with firsts as (
                    select e.id, e.joined_at, (select min(o.id) from offers o join call_steps s on s.call_id = o.call_id
                                                and s.step = o.step and s.kind = 'queue-offer' where o.call_id = e.call_id) as offer
                    from queue_entries e join lines l on l.id = e.line_id where l.sip_uri = ?)
                select count(*)::int from firsts a join firsts b on (a.joined_at, a.id) < (b.joined_at, b.id) and b.offer < a.offer""")
                .bind(0, line).mapTo(Integer.class).one());
    }
}
