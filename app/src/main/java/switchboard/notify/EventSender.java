package switchboard.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs one signed event to one receiver; anything but a 2xx is a failure to retry. */
final class EventSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String secret;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    EventSender(String secret) {
        this.secret = secret;
    }

    void post(URI url, String eventId, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Switchboard")
                .header("X-Switchboard-Event-Id", eventId)
                .header(EventSignature.HEADER, EventSignature.sign(secret, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) throw new IOException("receiver answered HTTP " + response.statusCode());
    }

    /** Receivers' URLs often carry a token in the path or query: logs show only where they point. */
    static String safeForLog(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    }
}
