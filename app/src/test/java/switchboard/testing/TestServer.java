package switchboard.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import switchboard.Server;
import switchboard.config.Config;
import switchboard.db.Database;
import switchboard.plivo.SignatureV3;

/**
 * The real server on a free port over a fresh real database. Plivo requests are signed for
 * PUBLIC_URL, the address Plivo would call, which is not the address the server listens on.
 */
public final class TestServer implements AutoCloseable {
    public static final String PUBLIC_URL = "https://switchboard.example.test";
    public static final String AUTH_TOKEN = "ZWRhODU4Mjk3ZjdmOTBlMjVkMTk3";
    public static final String API_TOKEN = "test-api-token";
    public static final String CALENDAR_SECRET = "test-calendar-secret-0123456789";

    private final Database db;
    private final Server app;
    private final Http http;
    private static final SignatureV3 SIGNER = new SignatureV3(AUTH_TOKEN);

    private TestServer(Database db, Server app) {
        this.db = db;
        this.app = app;
        this.http = new Http("http://localhost:" + app.port());
    }

    /** A server over the seeded demo directory (Jane, Peter, Luke; Main Office, Sales, Support). */
    public static TestServer start() {
        return start(Map.of());
    }

    public static TestServer start(Map<String, String> envOverrides) {
        Database db = TestPostgres.freshDatabase();
        db.seed();
        return new TestServer(db, Server.start(config(envOverrides), db.jdbi()));
    }

    public static Config config(Map<String, String> envOverrides) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT", "0", "PUBLIC_URL", PUBLIC_URL, "PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX",
                "PLIVO_AUTH_TOKEN", AUTH_TOKEN, "API_TOKEN", API_TOKEN, "CALENDAR_SECRET", CALENDAR_SECRET));
        env.putAll(envOverrides);
        env.values().removeIf(String::isEmpty); // "" in overrides means: unset
        return Config.fromEnv(env);
    }

    /** POSTs a form body to a Plivo webhook, signed as Plivo signs it. */
    public Http.Response plivo(String path, Map<String, String> params) {
        return http.postForm(path, params, signatureHeaders(path, params));
    }

    /** The headers Plivo would send with this POST to PUBLIC_URL + path. */
    public Map<String, String> signatureHeaders(String path, Map<String, String> params) {
        return signedAsPlivo(path, params);
    }

    /** The same, for any server configured with PUBLIC_URL and AUTH_TOKEN (e.g. one in a process of its own). */
    public static Map<String, String> signedAsPlivo(String path, Map<String, String> params) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, java.util.List<String>> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, java.util.List.of(v)));
        String signature = SIGNER.sign("POST", PUBLIC_URL + path, multi, nonce);
        return Map.of("X-Plivo-Signature-V3", signature, "X-Plivo-Signature-V3-Nonce", nonce);
    }

    public PlivoCall newCall(String to) {
        return newCall(to, "sip:caller-" + UUID.randomUUID().toString().substring(0, 8) + "@phone.plivo.com");
    }

    /** A call from a given caller: the same caller calling again. */
    public PlivoCall newCall(String to, String from) {
        return new PlivoCall(this, UUID.randomUUID().toString(), from, to);
    }

    public Http.Response api(String pathAndQuery) {
        return http.get(pathAndQuery, Map.of("Authorization", "Bearer " + API_TOKEN));
    }

    /** An API request as the bootstrap admin (API_TOKEN). */
    public Http.Response api(String method, String path, String json) {
        return apiAs(API_TOKEN, method, path, json);
    }

    public Http.Response apiAs(String key, String method, String path, String json) {
        return http.json(method, path, json, Map.of("Authorization", "Bearer " + key));
    }

    public Http http() {
        return http;
    }

    public String jdbcUrl() {
        return db.jdbcUrl();
    }

    public Jdbi jdbi() {
        return db.jdbi();
    }

    public TestDirectory directory() {
        return new TestDirectory(db.jdbi());
    }

    public int port() {
        return app.port();
    }

    /** Every registered route as "METHOD /path". */
    public java.util.List<String> routes() {
        return app.routes();
    }

    @Override
    public void close() {
        app.close();
        db.close();
    }
}
