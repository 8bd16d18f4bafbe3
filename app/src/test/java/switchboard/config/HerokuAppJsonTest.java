package switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** app.json, the Heroku button's manifest, in the shape Heroku documents, and true to Switchboard's settings. */
class HerokuAppJsonTest {
    // https://devcenter.heroku.com/articles/app-json-schema: the keys and what each holds
    private static final Set<String> TOP_LEVEL = Set.of("name", "description", "keywords", "website", "repository", "logo",
            "success_url", "scripts", "env", "formation", "image", "addons", "buildpacks", "environments", "stack");
    private static final Set<String> ENV_KEYS = Set.of("description", "value", "required", "generator", "order");
    private static final Set<String> ADDON_KEYS = Set.of("plan", "as", "options");
    // set by Heroku itself (PORT), by the Postgres add-on (DATABASE_URL), or only for the embedded database
    private static final Set<String> NOT_ON_HEROKU = Set.of("PORT", "DATABASE_URL", "SWITCHBOARD_DATA_DIR");

    private static JsonNode appJson() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("app.json")));
    }

    @Test
    void app_json_has_the_documented_shape() throws IOException {
        JsonNode app = appJson();
        app.fieldNames().forEachRemaining(key -> assertThat(TOP_LEVEL).as("top-level key").contains(key));
        assertThat(app.path("name").isTextual()).isTrue();
        assertThat(app.path("name").asText().length()).as("name, at most 30 characters").isBetween(1, 30);
        assertThat(app.path("description").isTextual()).isTrue();
        if (app.has("repository")) assertThat(app.path("repository").asText()).startsWith("https://");
        if (app.has("keywords")) app.path("keywords").forEach(k -> assertThat(k.isTextual()).isTrue());
        if (app.has("success_url")) assertThat(app.path("success_url").asText()).startsWith("/");
        assertThat(app.path("env").isObject()).isTrue();
        app.path("env").fields().forEachRemaining(e -> {
            assertThat(e.getKey()).matches("[A-Z][A-Z0-9_]*");
            JsonNode v = e.getValue();
            if (v.isTextual()) return; // the short form: just the value
            assertThat(v.isObject()).as(e.getKey()).isTrue();
            v.fieldNames().forEachRemaining(k -> assertThat(ENV_KEYS).as(e.getKey() + "'s keys").contains(k));
            assertThat(v.path("description").isTextual()).as(e.getKey() + " has a description").isTrue();
            if (v.has("value")) assertThat(v.path("value").isTextual()).as(e.getKey() + "'s value is a string").isTrue();
            if (v.has("required")) assertThat(v.path("required").isBoolean()).as(e.getKey() + "'s required").isTrue();
            if (v.has("generator")) assertThat(v.path("generator").asText()).as(e.getKey()).isEqualTo("secret");
        });
        app.path("formation").fields().forEachRemaining(f -> {
            assertThat(f.getValue().path("quantity").isInt()).as(f.getKey() + "'s quantity").isTrue();
            if (f.getValue().has("size")) assertThat(f.getValue().path("size").isTextual()).isTrue();
        });
        assertThat(app.path("addons").isArray()).isTrue();
        app.path("addons").forEach(a -> {
            if (a.isTextual()) return;
            a.fieldNames().forEachRemaining(k -> assertThat(ADDON_KEYS).contains(k));
            assertThat(a.path("plan").isTextual()).isTrue();
        });
        assertThat(app.path("buildpacks").isArray()).isTrue();
        app.path("buildpacks").forEach(b -> assertThat(b.path("url").isTextual()).isTrue());
    }

    @Test
    void app_json_brings_postgres_the_java_buildpack_and_safe_defaults() throws IOException {
        JsonNode app = appJson();
        assertThat(app.path("addons").toString()).contains("heroku-postgresql");
        assertThat(app.path("buildpacks").findValuesAsText("url")).containsExactly("heroku/java");
        assertThat(app.at("/env/PLIVO_VERIFY_SIGNATURES/value").asText()).isEqualTo("true");
        assertThat(app.at("/env/API_TOKEN/generator").asText()).isEqualTo("secret");
        assertThat(app.at("/env/PLIVO_AUTH_ID/required").asBoolean()).isTrue();
        assertThat(app.at("/env/PLIVO_AUTH_TOKEN/required").asBoolean()).isTrue();
        assertThat(Files.readString(Path.of("Procfile"))).contains("release: java -jar target/switchboard.jar db migrate",
                "web: java -Xmx256m ", " -jar target/switchboard.jar serve");
    }

    @Test
    void app_json_offers_every_setting_of_the_readme_but_those_heroku_sets() throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(Files.readString(Path.of("README.md")));
        while (row.find()) documented.add(row.group(1));
        documented.removeAll(NOT_ON_HEROKU);
        TreeSet<String> offered = new TreeSet<>();
        appJson().path("env").fieldNames().forEachRemaining(offered::add);
        assertThat(offered).isEqualTo(documented);
    }

    @Test
    void the_values_app_json_sets_are_valid_settings() throws IOException {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "postgres://u:p@db.example.com:5432/app",
                "PUBLIC_URL", "https://my-switchboard.herokuapp.com", "PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX",
                "PLIVO_AUTH_TOKEN", "token", "API_TOKEN", "generated", "WEBHOOK_SECRET", "0123456789abcdef0123456789abcdef"));
        appJson().path("env").fields().forEachRemaining(e -> {
            if (e.getValue().has("value")) env.put(e.getKey(), e.getValue().path("value").asText());
        });
        Config config = Config.fromEnv(env);
        assertThat(config.verifySignatures()).isTrue();
        assertThat(config.plivoRest().reconcileEvery()).isPresent();
    }
}
