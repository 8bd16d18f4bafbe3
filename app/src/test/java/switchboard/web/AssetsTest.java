package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import switchboard.testing.ServerTest;

/** The dashboard's static files, served from memory with their types and a year's caching, signed in or not. */
class AssetsTest extends ServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void each_file_is_served_whole_with_its_type_and_cached_for_a_year() throws Exception {
        record Expected(String url, String resource, String type) {}
        for (Expected e : new Expected[] {
                new Expected(Assets.HTMX, "/META-INF/resources" + Assets.HTMX, "text/javascript"),
                new Expected(Assets.HTMX_SSE, "/META-INF/resources" + Assets.HTMX_SSE, "text/javascript"),
                new Expected(Assets.CSS, "/static/app.css", "text/css"),
                new Expected(Assets.SCRIPT, "/static/app.js", "text/javascript"),
                new Expected("/assets/favicon.svg", "/static/favicon.svg", "image/svg+xml")}) {
            HttpResponse<byte[]> r = get(e.url());
            assertThat(r.statusCode()).as(e.url()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(e.url()).startsWith(e.type());
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
            assertThat(r.body()).as(e.url()).isEqualTo(resource(e.resource()));
        }
    }

    @Test
    void htmx_goes_out_gzipped_to_a_browser_that_accepts_it() throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + Assets.HTMX))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(resource("/META-INF/resources" + Assets.HTMX));
        }
    }

    @Test
    void the_css_and_script_urls_carry_a_hash_of_their_content() throws Exception {
        assertThat(Assets.CSS).matches("/assets/app\\.css\\?v=[0-9a-f]{10}");
        assertThat(Assets.SCRIPT).matches("/assets/app\\.js\\?v=[0-9a-f]{10}");
        assertThat(Assets.CSS).doesNotEndWith(Assets.SCRIPT.substring(Assets.SCRIPT.indexOf('=')));
    }

    @Test
    void other_files_of_the_class_path_are_not_served() throws Exception {
        for (String path : new String[] {"/assets/nothing.css", "/webjars/htmx.org/2.0.8/dist/htmx.js",
                "/webjars/htmx.org/2.0.8/package.json", "/assets/../db/migration/V1__schema.sql", "/static/app.css"}) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
    }
}
