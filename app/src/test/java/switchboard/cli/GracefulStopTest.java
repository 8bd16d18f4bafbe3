package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import switchboard.config.Config;
import switchboard.db.Database;
import switchboard.testing.Http;
import switchboard.testing.SwitchboardProcess;
import switchboard.testing.TestPostgres;
import switchboard.testing.TestServer;

/**
 * A real signal to a real server during a burst of signed webhooks: every answer it gave is in the database, none
 * was a 5xx, the requests in flight at the signal were answered, and it stopped within 25 s.
 */
class GracefulStopTest {
    private static final Duration BUDGET = Duration.ofSeconds(25);
    private static final int SENDERS = 8;

    @TempDir
    Path dir;

    /** One answer webhook: when it was sent and answered, and with what (-1: no answer, e.g. the connection refused). */
    record Sent(String callUuid, long sentAt, long answeredAt, int status) {}

    @Test
    void sigterm_as_heroku_sends_it_loses_no_webhook() throws Exception {
        try (Database db = TestPostgres.freshDatabase()) {
            db.seed();
            List<Sent> sent = burstThenSignal(Map.of("DATABASE_URL", db.jdbcUrl()), "TERM", 143);
            assertEveryAnswerKept(sent, db.jdbi());
        }
    }

    @Test
    void ctrl_c_on_a_laptop_loses_no_webhook_and_stops_the_embedded_database_cleanly() throws Exception {
        List<Sent> sent = burstThenSignal(Map.of("SWITCHBOARD_DATA_DIR", dir.toString()), "INT", 130);
        assertThat(Files.readString(dir.resolve("stdout.txt"))).contains("database      embedded PostgreSQL, data in "
                + dir.resolve("pgdata").toAbsolutePath());
        assertThat(dir.resolve("pgdata/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();
        try (Database db = Database.open(Config.fromEnv(Map.of("SWITCHBOARD_DATA_DIR", dir.toString())))) {
            assertEveryAnswerKept(sent, db.jdbi());
        }
    }

    private List<Sent> burstThenSignal(Map<String, String> database, String signal, int exitCode) throws Exception {
        int port = SwitchboardProcess.freePort();
        Map<String, String> env = new HashMap<>(database);
        env.putAll(Map.of("PORT", Integer.toString(port), "PUBLIC_URL", TestServer.PUBLIC_URL,
                "PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX", "PLIVO_AUTH_TOKEN", TestServer.AUTH_TOKEN,
                "PLIVO_API_URL", "http://127.0.0.1:" + SwitchboardProcess.freePort())); // its check at start: no Plivo answers
        try (SwitchboardProcess server = SwitchboardProcess.start(dir, env, "serve")) {
            server.awaitOut("Next:", Duration.ofSeconds(120));
            assertThat(server.out()).contains("listening on  http://localhost:" + port,
                    "PUBLIC_URL    " + TestServer.PUBLIC_URL + " (Plivo calls " + TestServer.PUBLIC_URL + "/plivo/answer)",
                    "signatures    checked", "doctor");

            Queue<Sent> sending = new ConcurrentLinkedQueue<>();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            for (int i = 0; i < SENDERS; i++) senders.submit(() -> send(client, port, server, sending));
            waitFor(() -> sending.stream().filter(s -> s.status() == 200).count() >= 40, Duration.ofSeconds(60));

            long signalAt = System.nanoTime();
            server.signal(signal);
            assertThat(server.exitCode(Duration.ofSeconds(60))).as(server.err()).isEqualTo(exitCode);
            Duration stopping = Duration.ofNanos(System.nanoTime() - signalAt);
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            List<Sent> sent = List.copyOf(sending);

            assertThat(stopping).as("from the signal to the exit").isLessThan(BUDGET);
            assertThat(sent).as("answers").noneMatch(s -> s.status() >= 500);
            assertThat(sent).as("requests in flight at the signal, answered").anyMatch(s -> s.sentAt() < signalAt
                    && s.answeredAt() > signalAt && s.status() == 200);
            assertThat(sent).as("requests refused once it stopped").anyMatch(s -> s.status() == -1);
            assertThat(server.err()).contains("Switchboard stopped in").doesNotContain("\tat ", "Exception");
            return sent;
        }
    }

    /** Answer webhooks, each for a new call, as fast as one connection of a pool takes them, until the server is gone. */
    private static void send(HttpClient client, int port, SwitchboardProcess server, Queue<Sent> sent) {
        while (server.isAlive()) {
            String uuid = UUID.randomUUID().toString();
            Map<String, String> params = Map.of("CallUUID", uuid, "From", "sip:caller@phone.plivo.com",
                    "To", "sip:sales@phone.plivo.com", "Direction", "inbound", "CallStatus", "ringing", "Event", "StartApp");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plivo/answer"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(Http.encode(params)));
            TestServer.signedAsPlivo("/plivo/answer", params).forEach(request::header);
            long sentAt = System.nanoTime();
            int status;
            try {
                status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notAccepted) {
                status = -1;
            } catch (InterruptedException e) {
                return;
            }
            sent.add(new Sent(uuid, sentAt, System.nanoTime(), status));
            if (status == -1) pause();
        }
    }

    /** Each call the server stored got its answer, and each answer its call: no response lost, no row lost. */
    private static void assertEveryAnswerKept(List<Sent> sent, Jdbi jdbi) {
        List<String> answered = sent.stream().filter(s -> s.status() == 200).map(Sent::callUuid).toList();
        List<String> stored = jdbi.withHandle(h -> h.createQuery("select call_uuid from calls where call_uuid in (<uuids>)")
                .bindList("uuids", sent.stream().map(Sent::callUuid).toList()).mapTo(String.class).list());
        assertThat(stored).as("the calls stored, of %d sent, %d answered", sent.size(), answered.size())
                .containsExactlyInAnyOrderElementsOf(answered);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not within " + limit);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
