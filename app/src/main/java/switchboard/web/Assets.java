package switchboard.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The dashboard's static files under versioned URLs, cached for a year: htmx and its SSE extension from their
 * WebJars (the version is in the path), our own CSS and script with a hash of their content in the query.
 */
public final class Assets {
    public static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    public static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";
    public static final String CSS = "/assets/app.css?v=" + version("/static/app.css");
    public static final String SCRIPT = "/assets/app.js?v=" + version("/static/app.js");
    private static final Map<String, String> FOREVER = Map.of("Cache-Control", "public, max-age=31536000, immutable");

    private Assets() {}

    public static void register(JavalinConfig c) {
        c.staticFiles.add(files -> {
            files.hostedPath = "/webjars";
            files.directory = "META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            files.headers = FOREVER;
        });
        c.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = FOREVER;
        });
    }

    private static String version(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
