package switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A real HTTP receiver for outgoing webhooks. It checks each signature itself, as a customer's would. */
public final class WebhookReceiver implements AutoCloseable {
    public record Received(String id, String type, JsonNode body, boolean signatureValid) {}

    private final String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile int status = 200;
    private volatile long delayMillis;
    private volatile int port;
    private HttpServer server;

    private WebhookReceiver(String secret) {
        this.secret = secret;
    }

    public static WebhookReceiver start(String secret) {
        WebhookReceiver receiver = new WebhookReceiver(secret);
        receiver.listen(0);
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/switchboard?token=t0ken";
    }

    /** Connections are refused until up(). */
    public void down() {
        server.stop(0);
    }

    public void up() {
        listen(port);
    }

    /** Answer every request with this status (a 5xx: the sender must retry). */
    public void answer(int httpStatus) {
        status = httpStatus;
    }

    /** Takes this long over each request, so concurrent senders overlap. */
    public void slow(long millis) {
        delayMillis = millis;
    }

    /** Only requests answered with a 2xx count as received. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> about(String callUuid) {
        return received.stream().filter(r -> r.body().toString().contains(callUuid)).toList();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/switchboard", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-Switchboard-Signature");
        int answer = status;
        pause();
        if (answer / 100 == 2) {
            JsonNode node = json.readTree(body);
            received.add(new Received(node.path("id").asText(), node.path("type").asText(), node, verify(body, signature)));
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private void pause() {
        try {
            if (delayMillis > 0) Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a receiver does: HMAC-SHA256 of the raw body under the shared secret, compared in constant time. */
    private boolean verify(byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return header != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
