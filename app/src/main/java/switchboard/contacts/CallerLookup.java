package switchboard.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.json.Json;
import switchboard.notify.EventSignature;

/**
 * CALLER_LOOKUP_URL: an outside service (the company's CRM) asked about a caller the contacts do not know, with
 * {@code GET <url>?number=+33123456789&timestamp=<unix seconds>}, signed like the outgoing webhooks: the header
 * X-Switchboard-Signature is sha256=hex(HMAC-SHA256(WEBHOOK_SECRET, the request target: path and query exactly as
 * sent)). It answers 200 {"name", "company", "url"} (404, or no name: unknown). Everything, connecting included, stays
 * within the budget: later, or any failure, and the call goes on without a name. Answers (unknown ones too) are kept
 * per number for ten minutes, in this process.
 */
public final class CallerLookup {
    static final Duration KEEP = Duration.ofMinutes(10);
    static final int MAX_BODY = 64 * 1024;
    private static final int MAX_CACHED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(CallerLookup.class);

    /** name null: the service does not know the caller. */
    public record Answer(String name, String company, String url) {}

    /** An answer, or why there is none. */
    public record Result(Answer answer, String failure) {}

    private record Kept(Answer answer, Instant until) {}

    private final URI url;
    private final Duration budget;
    private final String secret;
    private final Clock clock;
    private final HttpClient client;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public CallerLookup(URI url, Duration budget, String secret, Clock clock) {
        this.url = url;
        this.budget = budget;
        this.secret = secret;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(budget).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Result lookUp(String number) {
        Instant now = clock.instant();
        Kept k = kept.get(number);
        if (k != null && k.until().isAfter(now)) return new Result(k.answer(), null);
        String target = target(number, now);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.getScheme() + "://" + url.getRawAuthority() + target))
                .timeout(budget).header("Accept", "application/json").header("User-Agent", "Switchboard")
                .header(EventSignature.HEADER, EventSignature.sign(secret, target.getBytes(StandardCharsets.UTF_8))).GET().build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> LimitedBody.of(MAX_BODY));
        try {
            Answer answer = read(pending.get(budget.toMillis(), TimeUnit.MILLISECONDS));
            remember(number, answer, now);
            return new Result(answer, null);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failed("no answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            return failed(e.getCause() instanceof LookupFailed f ? f.getMessage() : "could not reach it: " + e.getCause());
        } catch (LookupFailed e) {
            return failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    /** Path and query as sent: what the signature covers. */
    private String target(String number, Instant now) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = (url.getRawQuery() == null ? "" : url.getRawQuery() + "&") + "number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&timestamp=" + now.getEpochSecond();
        return path + "?" + query;
    }

    private static Answer read(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 404 || status == 204) return new Answer(null, null, null);
        if (status != 200) throw new LookupFailed("HTTP " + status);
        JsonNode body;
        try {
            body = Json.tree(new String(response.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new LookupFailed("the answer is not JSON");
        }
        if (!body.isObject()) throw new LookupFailed("the answer is not a JSON object");
        String url = text(body, "url", 2048);
        if (url != null && !url.matches("(?i)https?://\\S+")) url = null; // shown as a link: only http(s)
        return new Answer(text(body, "name", 200), text(body, "company", 200), url);
    }

    private static String text(JsonNode body, String field, int max) {
        JsonNode v = body.path(field);
        if (!v.isTextual() || v.asText().isBlank()) return null;
        String s = v.asText().strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    private void remember(String number, Answer answer, Instant now) {
        if (kept.size() >= MAX_CACHED) kept.values().removeIf(k -> !k.until().isAfter(now));
        if (kept.size() >= MAX_CACHED) kept.clear(); // a burst of new numbers: start again rather than grow
        kept.put(number, new Kept(answer, now.plus(KEEP)));
    }

    private static Result failed(String why) {
        log.warn("caller lookup failed: {}", why); // never the number: it is the caller's
        return new Result(null, why);
    }

    static final class LookupFailed extends RuntimeException {
        LookupFailed(String message) {
            super(message, null, false, false);
        }
    }
}
