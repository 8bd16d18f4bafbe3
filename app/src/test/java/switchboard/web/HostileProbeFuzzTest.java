package switchboard.web;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import switchboard.testing.ApiKeysForTests;
import switchboard.testing.FakePlivo;
import switchboard.testing.LogCapture;
import switchboard.testing.ProbeCases;
import switchboard.testing.ProbeCases.Case;
import switchboard.testing.RawHttp;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/**
 * The hostile probe, kept: a few thousand requests from a fixed seed (see {@link ProbeCases}) to every webhook route
 * and every API route, signed, forged and unsigned, with broken text, odd numbers, broken encodings and bodies. None
 * gets a 5xx or a stack trace; every 200 on a webhook is well-formed XML (or "OK" where Plivo wants no XML); no forged
 * or unsigned webhook gets a 200; every call whose answer got a 200 is in the log; nothing logs an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileProbeFuzzTest {
    static final long SEED = 20261122L;
    static final int WEBHOOK_CASES = 1500;
    static final int API_CASES = 900;
    static final int CLIENTS = 4;

    private final FakePlivo plivo = FakePlivo.start();
    private TestServer server;

    @BeforeAll
    void start() {
        server = plivo.startServer();
        server.jdbi().useHandle(h -> h.execute("update users set max_concurrent_calls = 50"));
        plivo.wiremock().stubFor(post(urlPathMatching(FakePlivo.ACCOUNT + "Call/.*")).willReturn(
                FakePlivo.json(202, "callUpdateResponse.json")));
    }

    @AfterAll
    void stop() {
        server.close();
        plivo.close();
    }

    @Test
    void the_probe_finds_no_5xx_no_stack_trace_no_bad_xml_no_forgery_accepted_and_no_call_lost() throws Exception {
        long jane = server.directory().userId("Jane");
        String userKey = ApiKeysForTests.userKey(server, "probe-user", jane);
        ProbeCases generator = new ProbeCases(new Random(SEED), TestServer.PUBLIC_URL, TestServer.AUTH_TOKEN,
                TestServer.API_TOKEN, userKey);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < WEBHOOK_CASES; i++) cases.add(generator.webhook());
        List<String> apiRoutes = server.routes().stream().filter(r -> r.contains(" /api/")).sorted().toList();
        for (int i = 0; i < API_CASES; i++) cases.add(generator.api(apiRoutes));

        Queue<String> problems = new ConcurrentLinkedQueue<>();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        try (LogCapture log = LogCapture.start()) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (Case c : cases) clients.submit(() -> check(c, problems, answered, statuses));
            clients.shutdown();
            assertThat(clients.awaitTermination(4, TimeUnit.MINUTES)).as("the probe ends in bounded time").isTrue();
            System.out.println("probe: " + cases.size() + " cases, by status " + new java.util.TreeMap<>(statuses)
                    + "; " + answered.size() + " answers got a 200");
            assertThat(problems).as("%d of %d cases broke a rule", problems.size(), cases.size()).isEmpty();
            assertThat(answered).as("answers that got a 200").hasSizeGreaterThan(WEBHOOK_CASES / 20);
            assertThat(missingFromTheLog(answered)).as("calls answered with a 200 but not in the log").isEmpty();
            assertThat(log.lines()).as("nothing failed inside, even where the caller got a safe document")
                    .noneMatch(l -> l.contains(" ERROR "));
            assertThat(log.stackTraceLines()).isEmpty();
        }
    }

    private void check(Case c, Queue<String> problems, Set<String> answered, Map<String, Integer> statuses) {
        RawHttp.Reply r;
        try {
            r = RawHttp.exchange(server.port(), c.head(), c.body(), 15_000);
        } catch (RuntimeException e) {
            problems.add(c.label() + ": no answer: " + e);
            return;
        }
        String body = r.body();
        statuses.merge((c.webhook() ? "webhook " : "api ") + r.status(), 1, Integer::sum);
        if (r.status() == 0) problems.add(c.label() + ": the connection closed without an answer");
        if (r.status() >= 500) problems.add(c.label() + ": " + r.status() + " " + cut(body));
        if (body.contains("\tat ") || body.contains("Exception") || body.contains(".java:")) {
            problems.add(c.label() + ": a stack trace in the body: " + cut(body));
        }
        if (!c.trusted() && c.webhook() && r.status() == 200) problems.add(c.label() + ": accepted without a valid signature");
        if (r.status() != 200 || !c.trusted()) return;
        if (c.xml()) {
            try {
                if (Xpath.of(body).count("/Response") != 1) problems.add(c.label() + ": no <Response>: " + cut(body));
            } catch (AssertionError e) {
                problems.add(c.label() + ": not well-formed XML: " + cut(body));
            }
        } else if (c.webhook() && !body.equals("OK")) {
            problems.add(c.label() + ": expected OK, got " + cut(body));
        }
        if (c.answeredUuid() != null) answered.add(c.answeredUuid());
    }

    private List<String> missingFromTheLog(Set<String> uuids) {
        List<String> logged = server.jdbi().withHandle(h -> h.createQuery("select call_uuid from calls where call_uuid = any(?)")
                .bind(0, uuids.toArray(String[]::new)).mapTo(String.class).list());
        return uuids.stream().filter(u -> !logged.contains(u)).toList();
    }

    private static String cut(String s) {
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
