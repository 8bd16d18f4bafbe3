package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import switchboard.calls.CallStatus;
import switchboard.testing.Http;
import switchboard.testing.LogCapture;
import switchboard.testing.PlivoCall;
import switchboard.testing.RawHttp;
import switchboard.testing.ServerTest;

/**
 * Hundreds of clients trickling unsigned bodies (a byte every 1.5 s, as the probe did) hold no thread: /health and
 * a signed answer are still served at once, the trickling connections are cut off, and nothing logs a stack trace.
 */
class SlowBodiesTest extends ServerTest {
    static final int SLOW_CLIENTS = 300;
    static final Duration TRICKLE = Duration.ofMillis(1500);
    static final String SALES = "sip:sales@phone.plivo.com";
    /** The body deadline (10 s) and the read idle timeout (5 s), with room to spare. */
    static final Duration CUT_OFF = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void hundreds_of_slow_bodies_leave_health_and_a_signed_answer_fast_and_are_cut_off() throws Exception {
        warmUp();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        List<Socket> slow = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            long started = System.nanoTime();
            for (int i = 0; i < SLOW_CLIENTS; i++) slow.add(slowBody("/plivo/answer"));
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowBodiesTest::oneMoreByte), TRICKLE.toMillis(), TRICKLE.toMillis(),
                    TimeUnit.MILLISECONDS);
            Thread.sleep(3 * TRICKLE.toMillis()); // every client is connected and trickling

            List<Long> health = new ArrayList<>(), answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                health.add(millis(() -> assertThat(get("/health").statusCode()).isEqualTo(200)));
                answers.add(millis(() -> assertThat(signedAnswer().body()).contains("<Dial")));
            }
            // Starvation, not speed (bench/run measures that): a server whose threads the slow bodies hold answers in
            // seconds or never; one sharing two cores with other test JVMs answers in tens to a few hundred ms.
            assertThat(median(health)).as("/health, ms: %s", health).isLessThan(300);
            assertThat(median(answers)).as("signed answer, ms: %s", answers).isLessThan(300);
            assertThat(health).as("/health, ms").allMatch(ms -> ms < 1000);
            assertThat(answers).as("signed answer, ms").allMatch(ms -> ms < 1000);

            // each trickling body is refused once its deadline passes (408), or its connection closed
            long cutOff = CUT_OFF.toNanos();
            int refused = 0;
            for (Socket s : slow) {
                String answer = readUntilClosed(s, Math.max(1, (cutOff - (System.nanoTime() - started)) / 1_000_000));
                assertThat(answer).as("the server closes a trickling body").isNotNull();
                if (answer.startsWith("HTTP/1.1 408")) refused++;
            }
            assertThat(refused).as("408s").isGreaterThan(SLOW_CLIENTS / 2);
            assertThat(log.stackTraceLines()).isEmpty();
        } finally {
            trickle.shutdownNow();
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void a_body_cut_short_by_its_client_is_one_warning_line_not_a_stack_trace() throws Exception {
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 50; i++) {
                try (Socket s = new Socket("localhost", server.port())) {
                    s.getOutputStream().write(RawHttp.head("POST", "/plivo/hangup",
                            "Content-Type: application/x-www-form-urlencoded", "Content-Length: 5000")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().write("CallUUID=early-eof&To=sip%3Asales".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    s.shutdownOutput(); // early EOF
                    assertThat(readUntilClosed(s, 5000)).doesNotStartWith("HTTP/1.1 5");
                }
            }
            assertThat(get("/health").statusCode()).isEqualTo(200);
            Thread.sleep(200); // the last warnings reach the log
            assertThat(log.stackTraceLines()).isEmpty();
            List<String> warnings = log.lines().stream().filter(l -> l.contains("/plivo/hangup")).toList();
            assertThat(warnings).hasSizeBetween(1, 50).allMatch(l -> l.contains("WARN"));
        }
    }

    private Socket slowBody(String path) throws IOException {
        Socket s = new Socket("localhost", server.port());
        s.getOutputStream().write(RawHttp.head("POST", path, "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: 100000").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().write('C');
        s.getOutputStream().flush();
        return s;
    }

    private static void oneMoreByte(Socket s) {
        try {
            s.getOutputStream().write('x');
            s.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // expected once the deadline has passed
        }
    }

    /** What the server sent before closing (maybe nothing: ""), or null if it still has not closed after waitMillis. */
    private static String readUntilClosed(Socket s, long waitMillis) throws IOException {
        long until = System.nanoTime() + waitMillis * 1_000_000;
        StringBuilder got = new StringBuilder();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < until) {
            s.setSoTimeout((int) Math.max(1, (until - System.nanoTime()) / 1_000_000));
            try {
                int n = in.read(buffer);
                if (n < 0) return got.toString();
                got.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException e) {
                return null;
            } catch (IOException reset) {
                return got.toString();
            }
        }
        return null;
    }

    private void warmUp() {
        for (int i = 0; i < 5; i++) {
            get("/health");
            signedAnswer();
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET());
    }

    private HttpResponse<String> signedAnswer() {
        PlivoCall call = server.newCall(SALES);
        Map<String, String> params = call.params("CallStatus", "ringing");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/plivo/answer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.encode(params)));
        server.signatureHeaders("/plivo/answer", params).forEach(b::header);
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer within 3 s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
