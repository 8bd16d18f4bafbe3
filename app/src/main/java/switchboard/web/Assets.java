package switchboard.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's static files under versioned URLs, cached for a year: htmx and its SSE extension from their
 * WebJars (the version is in the path), our own CSS and script with a hash of their content in the query, and the icon.
 * Read once from the class path and served from memory: Jetty's classpath static files mount the whole jar as a
 * zip file system, whose index of its 27,000 entries held ~60 MB of the heap for the life of the server.
 */
public final class Assets {
    public static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    public static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final Map<String, Asset> FILES = files();
    public static final String CSS = "/assets/app.css?v=" + FILES.get("/assets/app.css").version();
    public static final String SCRIPT = "/assets/app.js?v=" + FILES.get("/assets/app.js").version();
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private Assets() {}

    private record Asset(byte[] bytes, String contentType, String version) {}

    /** The URL paths served (each a GET route of the table), without their query. */
    public static Set<String> paths() {
        return FILES.keySet();
    }

    public static void serve(Context ctx) {
        Asset asset = FILES.get(ctx.path());
        if (asset == null) throw new NotFoundResponse("no such file: " + ctx.path());
        ctx.header("Cache-Control", FOREVER).contentType(asset.contentType()).result(asset.bytes());
    }

    private static Map<String, Asset> files() {
        return Map.of(HTMX, read("/META-INF/resources" + HTMX, JS), // where a WebJar keeps its files
                HTMX_SSE, read("/META-INF/resources" + HTMX_SSE, JS),
                "/assets/app.css", read("/static/app.css", "text/css; charset=utf-8"),
                "/assets/app.js", read("/static/app.js", JS),
                "/assets/favicon.svg", read("/static/favicon.svg", "image/svg+xml"));
    }

    private static Asset read(String resource, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(bytes, contentType, HexFormat.of().formatHex(digest, 0, 5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
