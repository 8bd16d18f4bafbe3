package switchboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import switchboard.testing.DeadDatabaseServer;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff.Person;
import switchboard.testing.TestServer;

/** GET /metrics: only for METRICS_TOKEN, Prometheus text, and the names moving as calls are made. */
class MetricsTest extends ServerTest {
    static final String TOKEN = "metrics-token-0123456789";
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)");
    private static final Pattern META = Pattern.compile("# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) .*");

    @Override
    protected Map<String, String> serverEnv() {
        return Map.of("METRICS_TOKEN", TOKEN);
    }

    @Test
    void only_the_metrics_token_opens_them_never_an_api_key() {
        assertThat(server.http().get("/metrics", Map.of()).status()).isEqualTo(401);
        assertThat(server.http().get("/metrics", Map.of("Authorization", "Bearer " + TestServer.API_TOKEN)).status()).isEqualTo(401);
        assertThat(server.http().get("/metrics", Map.of("Authorization", "Bearer " + TOKEN + "x")).status()).isEqualTo(401);
        assertThat(server.http().get("/metrics", Map.of("Authorization", TOKEN)).status()).isEqualTo(401);
        Http.Response ok = server.http().get("/metrics", Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.contentType()).startsWith("text/plain");
    }

    @Test
    void without_a_token_set_there_are_no_metrics() {
        try (TestServer off = TestServer.start()) {
            assertThat(off.http().get("/metrics", Map.of("Authorization", "Bearer " + TOKEN)).status()).isEqualTo(404);
        }
    }

    @Test
    void every_line_parses_as_prometheus_text_with_the_names_operators_need() {
        Map<String, Double> m = scrape(server);
        assertThat(m.keySet()).anyMatch(k -> k.startsWith("switchboard_users{presence=\"available\"}"))
                .anyMatch(k -> k.startsWith("switchboard_outbox_pending"))
                .anyMatch(k -> k.startsWith("switchboard_outbox_oldest_seconds"))
                .anyMatch(k -> k.startsWith("hikaricp_connections_active"))
                .anyMatch(k -> k.startsWith("jvm_memory_used_bytes"))
                .anyMatch(k -> k.startsWith("process_cpu_usage"))
                .anyMatch(k -> k.startsWith("process_uptime_seconds"));
        assertThat(m.get("switchboard_users{presence=\"available\"}")).isGreaterThanOrEqualTo(3.0); // the seed's three
    }

    @Test
    void the_names_move_as_calls_are_made() throws InterruptedException {
        Person ann = staff.user("Ann");
        String line = staff.line("Moving", "\"queue\": {\"enabled\": true}", tier("ring-all", ann));
        long lineId = server.jdbi().withHandle(h -> h.createQuery("select id from lines where sip_uri = :s").bind("s", line)
                .mapTo(Long.class).one());
        Map<String, Double> before = scrape(server);
        long scrapedAt = System.nanoTime();
        PlivoCall talking = server.newCall(line);
        talking.answer();
        talking.answeredBy(0, ann.sipUri());
        PlivoCall gaveUp = server.newCall(line); // Ann is busy: this caller waits, then hangs up
        gaveUp.answer();
        gaveUp.hangup(12, "ORIGINATOR_CANCEL");
        PlivoCall waiting = server.newCall(line);
        waiting.answer();
        Thread.sleep(Math.max(0, DbGauges.FRESH_FOR.toMillis() - (System.nanoTime() - scrapedAt) / 1_000_000 + 100));
        Map<String, Double> after = scrape(server);
        String l = "line=\"" + lineId + "\"";
        assertThat(after.get("switchboard_calls_total{" + l + ",status=\"abandoned\"}")).isEqualTo(1.0);
        assertThat(before).doesNotContainKey("switchboard_calls_total{" + l + ",status=\"abandoned\"}");
        assertThat(after.get("switchboard_queue_callers{" + l + "}")).isEqualTo(1.0);
        assertThat(after.get("switchboard_queue_wait_seconds_count{" + l + "}")).isEqualTo(1.0);
        assertThat(after.get("switchboard_queue_wait_seconds_bucket{" + l + ",le=\"20.0\"}")).isEqualTo(1.0);
        String answers = "switchboard_webhook_seconds_count{webhook=\"answer\"}";
        assertThat(after.get(answers) - before.getOrDefault(answers, 0.0)).isEqualTo(3.0);
        assertThat(after.keySet()).anyMatch(k -> k.startsWith("switchboard_webhook_seconds_bucket{webhook=\"dial/{step}/callback\""));
        talking.hangup(30, "NORMAL_CLEARING");
        assertThat(scrape(server).get("switchboard_calls_total{" + l + ",status=\"answered\"}")).isEqualTo(1.0);
    }

    @Test
    void a_webhook_answered_without_the_database_is_counted_degraded_and_the_scrape_still_answers() {
        try (DeadDatabaseServer dead = new DeadDatabaseServer(Map.of("METRICS_TOKEN", TOKEN))) {
            Map<String, String> call = Map.of("CallUUID", "dead-1", "From", "sip:a@phone.plivo.com", "To", "sip:sales@phone.plivo.com");
            assertThat(dead.http().postForm("/plivo/answer", call, Map.of()).status()).isEqualTo(200);
            Map<String, Double> m = parse(dead.http().get("/metrics", Map.of("Authorization", "Bearer " + TOKEN)));
            assertThat(m.get("switchboard_webhook_degraded_total{webhook=\"answer\"}")).isEqualTo(1.0);
        }
    }

    @Test
    void the_grafana_dashboard_asks_only_for_names_we_export() throws java.io.IOException {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com"); // a webhook timed, a call counted
        call.answer();
        call.hangup(3, "NORMAL_CLEARING");
        Person ann = staff.user("Ann"); // a queue wait recorded
        String line = staff.line("Dash", "\"queue\": {\"enabled\": true}", tier("ring-all", ann));
        server.newCall(line).answeredBy(0, ann.sipUri());
        PlivoCall busy = server.newCall(line);
        busy.answer();
        busy.answeredBy(0, ann.sipUri());
        PlivoCall gaveUp = server.newCall(line);
        gaveUp.answer();
        gaveUp.hangup(5, "ORIGINATOR_CANCEL");
        java.util.Set<String> exported = new java.util.TreeSet<>();
        scrape(server).keySet().forEach(k -> exported.add(k.replaceAll("\\{.*", "")));
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("ops/grafana-dashboard.json"));
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(dashboard); // it is JSON
        Matcher used = Pattern.compile("\\b((?:switchboard|hikaricp|jvm|process)_[a-z_]+)").matcher(dashboard);
        java.util.Set<String> missing = new java.util.TreeSet<>();
        while (used.find()) if (!exported.contains(used.group(1))) missing.add(used.group(1));
        assertThat(missing).as("asked for by the dashboard, not exported").isEmpty();
    }

    private static Map<String, Double> scrape(TestServer server) {
        return parse(server.http().get("/metrics", Map.of("Authorization", "Bearer " + TOKEN)));
    }

    /** Every line a HELP, a TYPE or a sample (name, labels, value); the samples by "name{labels}". */
    private static Map<String, Double> parse(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                assertThat(META.matcher(line).matches()).as("a comment that is not HELP or TYPE: " + line).isTrue();
                continue;
            }
            Matcher s = SAMPLE.matcher(line);
            assertThat(s.matches()).as("not a Prometheus sample: " + line).isTrue();
            samples.put(s.group(1) + (s.group(2) == null ? "" : s.group(2)), Double.parseDouble(s.group(3).replace("Inf", "Infinity")));
        }
        return samples;
    }
}
