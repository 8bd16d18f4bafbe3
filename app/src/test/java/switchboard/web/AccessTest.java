package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.cli.Cli;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** API keys: admin keys do everything; a user key reads, and changes only its own presence. */
class AccessTest extends ServerTest {
    String adminKey;
    String janeKey;
    long jane;
    long peter;

    @BeforeAll
    void keys() {
        jane = server.directory().userId("Jane");
        peter = server.directory().userId("Peter");
        adminKey = lastLine(cli("apikey", "create", "--name", "ops", "--role", "admin"));
        janeKey = lastLine(cli("apikey", "create", "--name", "jane-phone", "--role", "user", "--user", Long.toString(jane)));
    }

    @Test
    void no_key_an_unknown_key_or_a_malformed_header_is_401() {
        assertThat(server.http().get("/api/users", Map.of()).status()).isEqualTo(401);
        assertThat(server.apiAs("sb_not-a-key", "GET", "/api/users", null).status()).isEqualTo(401);
        assertThat(server.http().get("/api/users", Map.of("Authorization", "Bearer ")).status()).isEqualTo(401);
        assertThat(ResponseJson.of(server.http().get("/api/users", Map.of())).get("error").asText()).contains("Bearer");
    }

    @Test
    void an_admin_key_may_do_everything() {
        assertThat(server.apiAs(adminKey, "POST", "/api/users", "{\"name\": \"By Admin Key\"}").status()).isEqualTo(201);
        assertThat(server.apiAs(adminKey, "PUT", "/api/users/" + peter + "/status", "{\"status\": \"available\"}").status()).isEqualTo(200);
    }

    @Test
    void a_user_key_reads_users_lines_tiers_and_calls() {
        for (String path : List.of("/api/users", "/api/users/" + peter, "/api/lines", "/api/lines/1/tiers", "/api/calls",
                "/api/users/" + peter + "/apps")) {
            assertThat(server.apiAs(janeKey, "GET", path, null).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_user_key_changes_its_own_presence_and_nothing_else() {
        assertThat(server.apiAs(janeKey, "PUT", "/api/users/" + jane + "/status", "{\"status\": \"away\", \"reason\": \"meeting\"}")
                .status()).isEqualTo(200);
        assertThat(server.apiAs(janeKey, "PUT", "/api/users/00" + jane + "/status", "{\"status\": \"away\"}").status()).isEqualTo(200);
        assertThat(server.apiAs(janeKey, "PUT", "/api/users/" + peter + "/status", "{\"status\": \"offline\"}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "POST", "/api/users", "{\"name\": \"Sneaky\"}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "PATCH", "/api/users/" + jane, "{\"title\": \"Queen\"}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "PUT", "/api/lines/1/tiers", "{\"tiers\": []}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "DELETE", "/api/users/" + peter, null).status()).isEqualTo(403);
    }

    @Test
    void a_revoked_key_is_401_and_the_database_keeps_only_hashes() {
        String key = lastLine(cli("apikey", "create", "--name", "temp", "--role", "admin"));
        assertThat(server.apiAs(key, "GET", "/api/users", null).status()).isEqualTo(200);
        assertThat(cli("apikey", "revoke", "temp")).contains("revoked 'temp'");
        assertThat(server.apiAs(key, "GET", "/api/users", null).status()).isEqualTo(401);
        String stored = server.jdbi().withHandle(h -> h.createQuery("select string_agg(key_hash || name, ' ') from api_keys")
                .mapTo(String.class).one());
        assertThat(stored).doesNotContain(key).doesNotContain(key.substring(3));
    }

    @Test
    void apikey_list_never_shows_keys() {
        String listing = cli("apikey", "list");
        assertThat(listing).contains("ops", "jane-phone", "admin", "user");
        assertThat(listing).doesNotContain(adminKey).doesNotContain(janeKey);
    }

    @Test
    void apikey_create_refuses_bad_arguments() {
        assertThat(exit("apikey", "create", "--name", "x", "--role", "user")).isEqualTo(2);
        assertThat(exit("apikey", "create", "--name", "y", "--role", "root")).isEqualTo(2);
        assertThat(exit("apikey", "create", "--name", "z", "--role", "user", "--user", "424242")).isEqualTo(2);
        assertThat(exit("apikey", "create", "--name", "ops", "--role", "admin")).isEqualTo(2);
    }

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(env(), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()), Server::run).run(args);
        assertThat(code).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    private int exit(String... args) {
        return new Cli(env(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Server::run).run(args);
    }

    private Map<String, String> env() {
        return Map.of("DATABASE_URL", server.jdbcUrl());
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
