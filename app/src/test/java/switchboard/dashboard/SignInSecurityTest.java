package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.accounts.AccountDao;
import switchboard.accounts.Passwords;
import switchboard.accounts.Sessions;
import switchboard.accounts.SignInLinks;
import switchboard.testing.Http;
import switchboard.testing.ServerTest;

/** The dashboard's door over plain HTTP: cookies, CSRF, limits per address, sign-out and idle expiry, headers. */
class SignInSecurityTest extends ServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void password() {
        server.jdbi().useExtension(AccountDao.class, dao -> dao.setPassword(1, Passwords.hash("jane-password-1")));
    }

    private HttpResponse<String> send(String method, String path, String cookie, Map<String, String> form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html");
        if (cookie != null) b.header("Cookie", cookie);
        if (form == null) b.GET();
        else b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(Http.encode(form)));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Signs in as Jane; returns the session cookie pair. */
    private String signIn() throws Exception {
        HttpResponse<String> form = send("GET", "/sign-in", null, null);
        String formCookie = cookie(form, "sb_form").split(";")[0];
        HttpResponse<String> in = send("POST", "/sign-in", formCookie, Map.of("_csrf", csrf(form),
                "email", "jane@example.com", "password", "jane-password-1", "next", "/"));
        assertThat(in.statusCode()).isEqualTo(303);
        return cookie(in, "sb_session").split(";")[0];
    }

    @Test
    void the_session_cookie_is_http_only_lax_and_secure_for_an_https_public_url() throws Exception {
        HttpResponse<String> form = send("GET", "/sign-in", null, null);
        HttpResponse<String> in = send("POST", "/sign-in", cookie(form, "sb_form").split(";")[0], Map.of("_csrf", csrf(form),
                "email", "JANE@example.com", "password", "jane-password-1", "next", "//evil.example/"));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/");
        assertThat(cookie(in, "sb_session")).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
        String token = cookie(in, "sb_session").split(";")[0].split("=")[1];
        int plain = server.jdbi().withHandle(h -> h.createQuery("select count(*) from sessions where token_hash = :t")
                .bind("t", token).mapTo(Integer.class).one());
        assertThat(plain).as("only the token's hash is stored").isZero();
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        HttpResponse<String> page = send("GET", "/sign-in", null, null);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=").doesNotContain("<style");
        HttpResponse<String> htmx = send("GET", "/webjars/htmx.org/2.0.8/dist/htmx.min.js", null, null);
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
    }

    @Test
    void the_sign_in_form_without_its_token_is_refused() throws Exception {
        HttpResponse<String> r = send("POST", "/sign-in", null, Map.of("email", "jane@example.com", "password", "jane-password-1"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void twenty_failures_from_one_address_refuse_every_account_from_it() throws Exception {
        HttpResponse<String> form = send("GET", "/sign-in", null, null);
        String formCookie = cookie(form, "sb_form").split(";")[0];
        String token = csrf(form);
        server.jdbi().useHandle(h -> h.execute("delete from sign_in_failures"));
        for (int i = 0; i < Sessions.ADDRESS_FAILURES; i++) {
            HttpResponse<String> r = send("POST", "/sign-in", formCookie, Map.of("_csrf", token,
                    "email", "someone" + i + "@example.com", "password", "wrong-password"));
            assertThat(r.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = send("POST", "/sign-in", formCookie, Map.of("_csrf", token,
                "email", "jane@example.com", "password", "jane-password-1"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed sign-ins");
        server.jdbi().useHandle(h -> h.execute("delete from sign_in_failures"));
    }

    @Test
    void signing_out_ends_the_session_wherever_its_cookie_is_used() throws Exception {
        String session = signIn();
        HttpResponse<String> board = send("GET", "/", session, null);
        assertThat(board.statusCode()).isEqualTo(200);
        HttpResponse<String> out = send("POST", "/sign-out", session, Map.of("_csrf", csrf(board)));
        assertThat(out.statusCode()).isEqualTo(303);
        HttpResponse<String> after = send("GET", "/", session, null);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void a_session_idle_for_twelve_hours_is_over() throws Exception {
        String session = signIn();
        server.jdbi().useHandle(h -> h.execute("update sessions set last_seen_at = now() - interval '12 hours 1 minute'"));
        assertThat(send("GET", "/calls", session, null).statusCode()).isEqualTo(302);
    }

    @Test
    void a_signed_in_post_without_the_csrf_token_is_refused() throws Exception {
        String session = signIn();
        HttpResponse<String> r = send("POST", "/board/users/1/status", session, Map.of("status", "away"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF");
        assertThat(server.api("/api/users/1").body()).contains("\"status\":\"available\"");
    }

    @Test
    void a_user_may_set_only_their_own_presence() throws Exception {
        server.jdbi().useExtension(AccountDao.class, dao -> dao.setPassword(2, Passwords.hash("peter-password-1")));
        HttpResponse<String> form = send("GET", "/sign-in", null, null);
        HttpResponse<String> in = send("POST", "/sign-in", cookie(form, "sb_form").split(";")[0], Map.of("_csrf", csrf(form),
                "email", "peter@example.com", "password", "peter-password-1"));
        String peter = cookie(in, "sb_session").split(";")[0];
        String token = csrf(send("GET", "/", peter, null));
        assertThat(send("POST", "/board/users/1/status", peter, Map.of("_csrf", token, "status", "away")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/board/users/2/status", peter, Map.of("_csrf", token, "status", "away")).statusCode()).isEqualTo(303);
        assertThat(server.api("/api/users/2").body()).contains("\"status\":\"away\"");
        assertThat(send("GET", "/directory", peter, null).statusCode()).isEqualTo(403);
        server.api("PUT", "/api/users/2/status", "{\"status\": \"available\"}");
    }

    @Test
    void a_sign_in_link_works_once_and_a_new_one_replaces_it() {
        SignInLinks links = new SignInLinks(server.jdbi(), new Sessions(server.jdbi()), "https://x.example");
        SignInLinks.Created first = links.create(2, "test");
        SignInLinks.Created second = links.create(2, "test");
        String firstToken = first.url().substring(first.url().lastIndexOf('/') + 1);
        String secondToken = second.url().substring(second.url().lastIndexOf('/') + 1);
        assertThat(links.open(firstToken)).isEmpty();
        assertThat(links.open(secondToken)).isPresent();
        assertThat(second.purpose()).isEqualTo("invite");
        links.use(secondToken, "peter-password-1", "peter-password-1");
        assertThat(links.open(secondToken)).isEmpty();
        assertThat(links.create(2, "test").purpose()).isEqualTo("reset");
    }
}
