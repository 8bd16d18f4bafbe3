package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import java.util.ArrayList;
import java.util.HashMap;
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
import switchboard.testing.ServerTest;
import switchboard.testing.Staff.Person;
import switchboard.testing.TestServer;

/** Many simultaneous calls, few users, two app instances on one database: nobody is offered past their maximum. */
class ConcurrentOffersTest extends ServerTest {
    static final int ROUNDS = 4;
    static final int CALLS_PER_ROUND = 40;

    @Test
    void no_user_is_ever_offered_more_calls_than_their_maximum() throws Exception {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        Person cy = staff.user("Cy");
        Person dee = staff.user("Dee", "\"maxConcurrentCalls\": 2");
        Map<String, Integer> max = Map.of(ann.sipUri(), 1, bob.sipUri(), 1, cy.sipUri(), 1, dee.sipUri(), 2);
        String line = staff.line("Rush", "", tier("ring-all", ann, bob, cy), tier("ring-all", dee));
        int overOffers = 0;
        try (Database secondPool = Database.connect(server.jdbcUrl());
             Server second = Server.start(TestServer.config(Map.of()), secondPool.jdbi())) {
            Http otherInstance = new Http("http://localhost:" + second.port());
            ExecutorService pool = Executors.newFixedThreadPool(24);
            List<PlivoCall> previous = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                List<PlivoCall> calls = new ArrayList<>();
                List<Callable<Http.Response>> work = new ArrayList<>();
                for (int i = 0; i < CALLS_PER_ROUND; i++) {
                    PlivoCall call = server.newCall(line);
                    calls.add(call);
                    boolean viaSecond = i % 2 == 1;
                    work.add(() -> viaSecond
                            ? otherInstance.postForm("/plivo/answer", call.params(), server.signatureHeaders("/plivo/answer", call.params()))
                            : call.answer());
                }
                for (PlivoCall done : previous) work.add(() -> done.hangup(10, "NORMAL_CLEARING")); // releases race the offers
                java.util.Collections.shuffle(work, new java.util.Random(round));
                Map<String, Integer> offered = new HashMap<>();
                for (Future<Http.Response> f : pool.invokeAll(work)) {
                    Http.Response r = f.get();
                    assertThat(r.status()).isEqualTo(200);
                    if (r.body().startsWith("<?xml")) r.xml().strings("/Response/Dial/User").forEach(u -> offered.merge(u, 1, Integer::sum));
                }
                for (var e : offered.entrySet()) overOffers += Math.max(0, e.getValue() - max.get(e.getKey()));
                overOffers += overOffersInDatabase(max.size());
                assertThat(offered).as("round %d offered someone", round).isNotEmpty();
                previous = calls;
            }
            pool.shutdownNow();
        }
        assertThat(overOffers).isZero();
    }

    /** Users holding more open offers than they may, right now. */
    private int overOffersInDatabase(int users) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                select coalesce(sum(greatest(0, n - max_concurrent_calls)), 0) from (
                    select u.max_concurrent_calls, count(*) as n from offers o join users u on u.id = o.user_id
                    where o.ended_at is null and o.expires_at > now() group by u.id, u.max_concurrent_calls) t""")
                .mapTo(Integer.class).one());
    }
}
