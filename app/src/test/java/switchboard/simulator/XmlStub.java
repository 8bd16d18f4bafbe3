package switchboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import switchboard.plivo.SignatureV3;
import switchboard.testing.TestServer;

/**
 * A tiny server answering fixed XML per path, for the flows the demo has no XML for yet (menus, conferences...).
 * Its documents name it by a public URL it is not reached at, as a real deployment's do; it records every request
 * and whether its Signature V3 is valid for that public URL.
 */
final class XmlStub implements AutoCloseable {
    static final String PUBLIC = "https://stub.example.test";

    record Request(String method, String path, Map<String, String> params, boolean signed) {
        String param(String name) {
            return params.get(name);
        }
    }

    private final HttpServer server;
    private final SignatureV3 signatures = new SignatureV3(TestServer.AUTH_TOKEN);
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    XmlStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code path} with this document; a path without one answers "OK" (a callback). */
    XmlStub xml(String path, String xml) {
        documents.put(path, xml);
        return this;
    }

    XmlStub status(String path, int status) {
        statuses.put(path, status);
        return this;
    }

    XmlStub contentType(String path, String type) {
        contentTypes.put(path, type);
        return this;
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    Request last(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no request to " + path + " in " + paths()));
    }

    /** The simulate command, aimed at this stub: signed with the test auth token for its public URL, no API key. */
    SimRun simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("call", "--server", address()));
        all.addAll(List.of(args));
        return SimRun.with(Map.of("PUBLIC_URL", PUBLIC, "PLIVO_AUTH_TOKEN", TestServer.AUTH_TOKEN), all.toArray(String[]::new));
    }

    private void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getRawPath();
        String query = x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = form(method.equals("GET") ? query : body);
        Map<String, List<String>> signedParams = new LinkedHashMap<>();
        if (method.equals("POST")) params.forEach((k, v) -> signedParams.put(k, List.of(v)));
        String url = PUBLIC + path + (query == null ? "" : "?" + query);
        boolean signed = signatures.isValid(method, url, signedParams, x.getRequestHeaders().getFirst("X-Plivo-Signature-V3-Nonce"),
                x.getRequestHeaders().getFirst("X-Plivo-Signature-V3"));
        requests.add(new Request(method, path, params, signed));
        String xml = documents.get(path);
        byte[] reply = (xml == null ? "OK" : xml).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", contentTypes.getOrDefault(path, xml == null ? "text/plain" : "text/xml"));
        x.sendResponseHeaders(statuses.getOrDefault(path, 200), reply.length);
        x.getResponseBody().write(reply);
        x.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) return out;
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
