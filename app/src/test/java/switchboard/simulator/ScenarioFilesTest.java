package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import switchboard.testing.ServerTest;

/** {@code simulate run}: the scenario files shipped under simulations/ pass against the real server. */
class ScenarioFilesTest extends ServerTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_scenarios_of_the_demo_directory_all_pass() throws IOException {
        List<String> args = new ArrayList<>(List.of("run"));
        try (Stream<Path> files = Files.list(Path.of("simulations"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(args).hasSizeGreaterThan(3);

        SimRun run = SimRun.against(server, args.toArray(String[]::new));

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PASS  Main Office escalates Luke, then Peter, then Jane, then takes a voicemail\n")
                .contains("PASS  Sales rings Luke and Jane at once: Jane takes it on her desktop\n")
                .contains("PASS  Support is answered by Peter's desktop\n")
                .contains("PASS  A call to a line Switchboard does not know is rejected\n")
                .endsWith("10 passed, 0 failed\n");
    }

    @Test
    void a_call_that_goes_otherwise_than_expected_fails_with_what_differed_and_its_transcript() throws IOException {
        Path file = write("wrong.json", """
                [{"name": "Luke always answers", "line": "Main Office", "expect": {"status": "answered", "answeredBy": "Luke",
                  "timeline": ["tier-ringing", "answered"]}},
                 {"name": "Voicemail after three tiers", "line": "Main Office", "expect": {"voicemail": true}}]
                """);

        SimRun run = SimRun.against(server, "run", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  Luke always answers: status voicemail, expected answered; answered by nobody, expected Luke;"
                        + " timeline lacks answered after tier-ringing (it has call-started, tier-ringing,")
                .contains("       1   0:00  answer -> ring Luke (luke-mobile) 20 s\n")
                .contains("PASS  Voicemail after three tiers\n")
                .endsWith("1 passed, 1 failed\n");
    }

    @Test
    void a_bad_scenario_file_stops_before_any_call_naming_the_file_and_what_is_wrong() throws IOException {
        long callsBefore = calls();
        assertBadFile("[{\"name\": \"x\", \"line\": \"Sales\", \"anwser\": \"Luke\", \"expect\": {\"status\": \"answered\"}}]",
                "Unrecognized field \"anwser\"");
        assertBadFile("[{\"name\": \"slow\", \"line\": \"Sales\", \"talk\": \"forever\", \"expect\": {\"status\": \"answered\"}}]",
                "call 1 (slow): --talk: 'forever' is not a duration such as 30s, 2m or 1m30s");
        assertBadFile("[{\"name\": \"unchecked\", \"line\": \"Sales\"}]",
                "call 1 (unchecked): needs an \"expect\" with at least one of status, answeredBy, answeredOn, voicemail, timeline");
        assertBadFile("{\"name\": \"not a list\"}", "Cannot deserialize");
        assertThat(calls()).isEqualTo(callsBefore);
    }

    private long calls() {
        return server.api("/api/calls?limit=200").body().split("\"callUuid\"", -1).length - 1;
    }

    @Test
    void running_scenarios_needs_an_api_key() throws IOException {
        Map<String, String> env = SimRun.env(server);
        env.remove("API_TOKEN");

        SimRun run = SimRun.with(env, "run", write("ok.json", "[{\"name\": \"x\", \"line\": \"Sales\", \"expect\": {\"voicemail\": true}}]").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("simulate run needs an API key to read the call records: set API_TOKEN or --api-key");
    }

    private void assertBadFile(String json, String problem) throws IOException {
        Path file = write("bad.json", json);
        SimRun run = SimRun.against(server, "run", file.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(file.toString()).contains(problem);
        assertThat(run.out()).isEmpty();
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }
}
