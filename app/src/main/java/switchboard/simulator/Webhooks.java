package switchboard.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import switchboard.plivo.SignatureV3;

/**
 * Sends Plivo's requests as Plivo sends them: form-encoded (or in the query for GET), signed with
 * X-Plivo-Signature-V3 over the URL the server expects (the PUBLIC_URL-based one of its XML), but delivered to
 * the server's real address. A URL's retry fragment ({@code #rt=5000&rc=2}) sets the read timeout and the
 * retries on timeouts, as on Plivo; by default 40 s and one retry.
 */
final class Webhooks {
    record Reply(int status, String body, String contentType) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String server;
    private final String publicUrl;
    private final SignatureV3 signer; // null: requests go unsigned (a server with PLIVO_VERIFY_SIGNATURES=false)
    private final HttpClient client;

    Webhooks(HttpClient client, String server, String publicUrl, String authToken) {
        this.client = client;
        this.server = trimSlash(server);
        this.publicUrl = trimSlash(publicUrl);
        this.signer = authToken == null || authToken.isBlank() ? null : new SignatureV3(authToken);
    }

    String publicUrl() {
        return publicUrl;
    }

    Reply send(String url, String method, Map<String, String> params) {
        int hash = url.indexOf('#');
        Map<String, String> policy = hash < 0 ? Map.of() : fragment(url.substring(hash + 1));
        String signed = hash < 0 ? url : url.substring(0, hash);
        boolean get = method.equals("GET");
        String body = encode(params);
        String target = delivered(signed);
        if (get && !params.isEmpty()) target += (target.contains("?") ? "&" : "?") + body;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofMillis(Math.max(100, number(policy, "rt", 40_000))))
                .header("User-Agent", "Switchboard-Simulator (Plivo stand-in)");
        if (get) b.GET();
        else b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signer != null) {
            String nonce = nonce();
            Map<String, List<String>> multi = new LinkedHashMap<>();
            params.forEach((k, v) -> multi.put(k, List.of(v)));
            b.header("X-Plivo-Signature-V3", signer.sign(method, signed, multi, nonce));
            b.header("X-Plivo-Signature-V3-Nonce", nonce);
        }
        return send(b.build(), target, number(policy, "rc", 1));
    }

    /** The PUBLIC_URL prefix replaced by the server's address; other URLs are called as they are, as Plivo would. */
    String delivered(String url) {
        return url.startsWith(publicUrl + "/") || url.equals(publicUrl) ? server + url.substring(publicUrl.length()) : url;
    }

    private Reply send(HttpRequest request, String target, int retries) {
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
            } catch (HttpTimeoutException e) {
                if (attempt >= retries) throw new Unfollowable(target + " did not answer in time (" + (attempt + 1) + " tries)");
            } catch (ConnectException e) {
                throw new CannotSimulate("cannot reach " + origin(target) + ": connection refused (is the server running? see --server)");
            } catch (IOException e) {
                throw new CannotSimulate("cannot reach " + origin(target) + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotSimulate("interrupted");
            }
        }
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    private static Map<String, String> fragment(String fragment) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : fragment.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static int number(Map<String, String> policy, String key, int otherwise) {
        try {
            return policy.containsKey(key) ? Math.max(0, Integer.parseInt(policy.get(key))) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // Plivo's nonces are 20 digits
    private static String nonce() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) s.append(RANDOM.nextInt(10));
        return s.toString();
    }
}
