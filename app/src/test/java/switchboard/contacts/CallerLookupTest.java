package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import switchboard.notify.EventSignature;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Xpath;

/**
 * CALLER_LOOKUP_URL against a real local HTTP server that answers, fails, or is too slow; the call never waits past the
 * budget. The budget is 800 ms here, not the default 300, so a loaded test machine does not make a good answer late.
 */
class CallerLookupTest extends ContactsServer {
    private static final String SECRET = "lookup-secret-0123456789";
    private static final String SALES = "sip:sales@phone.plivo.com";
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer crm;

    enum Behaviour { KNOWN, SLOW, FAILING, UNKNOWN }

    @Override
    protected Map<String, String> more() {
        try {
            crm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        crm.setExecutor(Executors.newCachedThreadPool());
        crm.createContext("/crm/lookup", this::answer);
        crm.start();
        return Map.of("CALLER_LOOKUP_URL", "http://127.0.0.1:" + crm.getAddress().getPort() + "/crm/lookup?token=t0k3n",
                "CALLER_LOOKUP_TIMEOUT", "800ms", "WEBHOOK_SECRET", SECRET);
    }

    @AfterAll
    void stopCrm() {
        crm.stop(0);
    }

    /** Checks the signature over the request target first, as a receiver should; then behaves as the number says. */
    private void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
        String signature = exchange.getRequestHeaders().getFirst("X-Switchboard-Signature");
        String number = URLDecoder.decode(exchange.getRequestURI().getRawQuery().replaceAll(".*number=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        asked.add(number);
        boolean fresh = Math.abs(Long.parseLong(exchange.getRequestURI().getRawQuery().replaceAll(".*timestamp=(\\d+).*", "$1"))
                - System.currentTimeMillis() / 1000) < 60;
        if (!EventSignature.sign(SECRET, target.getBytes(StandardCharsets.UTF_8)).equals(signature) || !fresh
                || !exchange.getRequestURI().getRawQuery().startsWith("token=t0k3n&")) {
            reply(exchange, 401, "{}");
            return;
        }
        switch (behaviours.getOrDefault(number, Behaviour.UNKNOWN)) {
            case KNOWN -> reply(exchange, 200, "{\"name\": \"Carol Client\", \"company\": \"Big & Co\", \"url\": \"https://crm.example.com/c/42?tab=1\"}");
            case SLOW -> {
                sleep(5000);
                reply(exchange, 200, "{\"name\": \"Too Late\"}");
            }
            case FAILING -> reply(exchange, 500, "oops");
            case UNKNOWN -> reply(exchange, 404, "{}");
        }
    }

    @Test
    void a_caller_the_service_knows_rings_by_name_keeps_the_link_and_is_asked_once_in_ten_minutes() {
        String n = paris();
        behaviours.put(n, Behaviour.KNOWN);
        PlivoCall call = server.newCall(SALES, n.substring(1)); // as Plivo may send it, without the +
        assertThat(call.answer().xml().string("/Response/Dial/@callerName")).isEqualTo("Carol Client (Big & Co)");
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.at("/caller/source").asText()).isEqualTo("lookup");
        assertThat(record.at("/caller/url").asText()).isEqualTo("https://crm.example.com/c/42?tab=1");
        assertThat(record.get("contactId").isNull()).isTrue();
        assertThat(record.get("events").toString()).contains("\"type\":\"caller-identified\"").doesNotContain("lookup-failed");
        assertThat(asked).containsOnlyOnce(n);
        assertThat(server.newCall(SALES, n).answer().xml().string("/Response/Dial/@callerName")).isEqualTo("Carol Client (Big & Co)");
        assertThat(asked).as("the second call is answered from the cache").containsOnlyOnce(n);
    }

    @Test
    void a_slow_service_costs_the_call_no_more_than_the_budget() {
        String n = paris();
        behaviours.put(n, Behaviour.SLOW);
        PlivoCall call = server.newCall(SALES, n);
        long start = System.nanoTime();
        Xpath dial = call.answer().xml();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(dial.count("/Response/Dial/User")).isPositive();
        assertThat(tookMs).as("the service sleeps 5 s; the answer waited only the 800 ms budget").isLessThan(4_000);
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.get("caller").isNull()).isTrue();
        assertThat(record.get("events").toString()).contains("\"type\":\"lookup-failed\"", "no answer within 800 ms");
    }

    @Test
    void a_failing_service_is_a_timeline_entry_and_the_call_goes_on() {
        String n = paris();
        behaviours.put(n, Behaviour.FAILING);
        PlivoCall call = server.newCall(SALES, n);
        assertThat(call.answer().xml().count("/Response/Dial/User")).isPositive();
        assertThat(ResponseJson.of(call.record()).get("events").toString()).contains("\"type\":\"lookup-failed\"", "HTTP 500");
        PlivoCall again = server.newCall(SALES, n);
        again.answer();
        assertThat(asked.stream().filter(n::equals).count()).as("failures are not kept: asked again").isEqualTo(2);
    }

    @Test
    void an_unknown_caller_is_no_failure_and_a_contact_is_never_sent_outside() {
        String unknown = paris(), contact = paris();
        PlivoCall call = server.newCall(SALES, unknown);
        call.answer();
        String events = ResponseJson.of(call.record()).get("events").toString();
        assertThat(events).doesNotContain("lookup-failed", "caller-identified");
        contact("{\"name\": \"Known Here\", \"numbers\": [\"" + contact + "\"]}");
        assertThat(server.newCall(SALES, contact).answer().xml().string("/Response/Dial/@callerName")).isEqualTo("Known Here");
        assertThat(asked).contains(unknown).doesNotContain(contact);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
