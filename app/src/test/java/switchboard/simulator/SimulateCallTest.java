package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.Main;
import switchboard.testing.ServerTest;

/** {@code simulate call} against the real server over the demo directory, signed as Plivo signs. */
class SimulateCallTest extends ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_user_answering_by_name_picks_up_on_one_of_their_apps_once_their_tier_rings() {
        SimRun run = simulate("--line", "Main Office", "--answer", "Peter");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains(" 1   0:00  answer -> ring Luke (luke-mobile) 20 s\n")
                .contains(" 2   0:20  dial ended no-answer -> ring Peter (2 apps) 20 s\n")
                .contains(" 3   0:24  Peter (peter-mobile) picked up -> talks 30 s, the caller hangs up\n")
                .contains(" 4   0:54  leg of Peter (peter-mobile) ended after 30 s -> ok\n")
                .contains(" 5   0:54  dial ended completed -> not followed: the caller has hung up\n")
                .contains(" 6   0:54  hangup: the caller hung up after 54 s -> answered by Peter (peter-mobile)\n")
                .contains("status     answered\n").contains("answered   Peter on mobile (sip:peter-mobile@phone.plivo.com)\n")
                .containsPattern("call-started .*\n.*tier-ringing .*\n.*dial-ended .*\n.*tier-ringing .*\n.*answered ");
    }

    @Test
    void an_app_answering_by_its_sip_uri_takes_the_call_on_that_app() {
        JsonNode call = json("--line", "support", "--answer", "sip:peter-desktop@phone.plivo.com", "--talk", "45s");

        assertThat(call.path("status").asText()).isEqualTo("answered");
        assertThat(call.path("answeredBy").path("app").path("sipUri").asText()).isEqualTo("sip:peter-desktop@phone.plivo.com");
        assertThat(call.path("durationSeconds").asInt()).isEqualTo(4 + 45); // picked up after 4 s of ringing
        assertThat(event(call, "leg-ended").path("durationSeconds").asInt()).isEqualTo(45);
        assertThat(call.path("callUuid").asText()).startsWith("sim-");
    }

    @Test
    void every_unanswered_outcome_reaches_the_server_and_escalates_to_voicemail() {
        for (String outcome : CallOptions.OUTCOMES) {
            JsonNode call = json("--line", "Sales", "--outcome", outcome);

            assertThat(call.path("status").asText()).as(outcome).isEqualTo("voicemail");
            assertThat(events(call, "dial-ended")).as(outcome).hasSize(2)
                    .allMatch(e -> e.path("detail").path("dialStatus").asText().equals(outcome));
        }
    }

    @Test
    void a_voicemail_has_the_length_left_and_points_at_the_simulators_recording() {
        JsonNode call = json("--line", "Main Office", "--voicemail", "8s");

        assertThat(call.path("status").asText()).isEqualTo("voicemail");
        assertThat(call.path("voicemailDurationSeconds").asInt()).isEqualTo(8);
        assertThat(call.path("voicemailUrl").asText()).isEqualTo("http://localhost:" + server.port() + "/simulator/voicemail.wav");
    }

    @Test
    void a_caller_who_leaves_no_message_is_a_missed_call() {
        JsonNode call = json("--line", "Main Office", "--voicemail", "none");

        assertThat(call.path("status").asText()).isEqualTo("missed");
        assertThat(call.path("voicemailUrl").isNull()).isTrue();
        assertThat(types(call)).contains("voicemail-offered", "hangup");
    }

    @Test
    void a_caller_who_gives_up_while_it_rings_is_a_missed_call_of_that_length() {
        JsonNode call = json("--line", "Sales", "--answer", "Peter", "--hangup-after", "15s");

        assertThat(call.path("status").asText()).isEqualTo("missed");
        assertThat(call.path("durationSeconds").asInt()).isEqualTo(15);
        assertThat(event(call, "hangup").path("hangupSource").asText()).isEqualTo("Caller");
    }

    @Test
    void the_caller_and_their_name_reach_the_record() {
        JsonNode call = json("--line", "sip:Sales@Phone.Plivo.com", "--from", "+4930555123", "--caller-name", "Ada",
                "--answer", "Jane");

        assertThat(call.path("from").asText()).isEqualTo("+4930555123");
        assertThat(call.path("answeredBy").path("name").asText()).isEqualTo("Jane");
        assertThat(call.path("line").path("name").asText()).isEqualTo("Sales");
    }

    @Test
    void a_call_to_an_unknown_line_is_rejected() {
        SimRun run = simulate("--line", "sip:nobody-here@phone.plivo.com");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("answer -> hears \"Sorry, the number you have called is not in service.\", hangs up (rejected)")
                .contains("status     rejected");
    }

    @Test
    void json_prints_only_the_call_record() throws Exception {
        SimRun run = simulate("--line", "Sales", "--answer", "Luke", "--json");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode call = JSON.readTree(run.out());
        assertThat(run.out().strip()).isEqualTo(server.api("/api/calls/" + call.path("id").asLong()).body());
    }

    @Test
    void sip_uris_need_no_api_key_and_the_record_is_then_not_read() {
        Map<String, String> env = SimRun.env(server);
        env.remove("API_TOKEN");
        SimRun run = SimRun.with(env, "call", "--line", "sip:support@phone.plivo.com", "--answer", "sip:peter-mobile@phone.plivo.com");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ring sip:peter-mobile@phone.plivo.com, sip:peter-desktop@phone.plivo.com 20 s")
                .contains("(set API_TOKEN or --api-key to see its record)");
    }

    @Test
    void bad_options_exit_2_with_one_line_naming_the_problem() {
        assertBad("--talk: 'soon' is not a duration such as 30s, 2m or 1m30s", "--line", "Sales", "--talk", "soon");
        assertBad("--outcome: 'ringing' is not one of no-answer, busy, failed, timeout", "--line", "Sales", "--outcome", "ringing");
        assertBad("--press: 'a' holds something other than keys 0-9, * and #", "--line", "Sales", "--press", "1,a");
        assertBad("--hangup-after: must be longer than 0s", "--line", "Sales", "--hangup-after", "0s");
        assertBad("--from: 'caller' is neither a SIP URI (sip:name@host) nor a phone number", "--line", "Sales", "--from", "caller");
        assertBad("--line: no line named 'Billing' (lines: Main Office, Sales, Support)", "--line", "Billing");
        assertBad("--answer: no user named 'Mia' (users: Jane, Peter, Luke), nor an app's SIP URI or 'nobody'", "--line", "Sales", "--answer", "Mia");
        assertBad("--fast and --real-time exclude each other", "--line", "Sales", "--fast", "--real-time");
        assertBad("Missing required option: '--line=NAME|SIP_URI' (see simulate call --help)");
        assertBad("Unknown option: '--colour' (see simulate call --help)", "--line", "Sales", "--colour");
        SimRun badServer = SimRun.against(server, "call", "--line", "Sales", "--server", "localhost:8080");
        assertThat(badServer.exit()).isEqualTo(2);
        assertThat(badServer.err().strip()).isEqualTo("--server: 'localhost:8080' is not an http(s) URL");
    }

    @Test
    void names_without_an_api_key_and_a_wrong_key_exit_2() {
        Map<String, String> env = SimRun.env(server);
        env.remove("API_TOKEN");
        SimRun noKey = SimRun.with(env, "call", "--line", "Sales");
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err().strip()).isEqualTo("--line Sales: finding a line by name needs an API key (API_TOKEN or --api-key); or give its SIP URI");

        SimRun wrongKey = SimRun.against(server, "call", "--line", "Sales", "--api-key", "not-a-key");
        assertThat(wrongKey.exit()).isEqualTo(2);
        assertThat(wrongKey.err().strip()).isEqualTo("the server refused the API key (401): set API_TOKEN or --api-key to a valid key");
    }

    @Test
    void a_wrong_auth_token_or_public_url_is_refused_by_the_server_and_exits_2() {
        SimRun wrongUrl = simulate("--line", "Sales", "--public-url", "https://elsewhere.example");
        assertThat(wrongUrl.exit()).isEqualTo(2);
        assertThat(wrongUrl.err()).startsWith("the server refused the signature of /plivo/answer (403)");

        Map<String, String> env = SimRun.env(server);
        env.put("PLIVO_AUTH_TOKEN", "not-the-token");
        SimRun wrongToken = SimRun.with(env, "call", "--line", "Sales");
        assertThat(wrongToken.exit()).isEqualTo(2);
        assertThat(wrongToken.err().strip()).isEqualTo("the server refused the signature of /plivo/answer (403): give the simulator"
                + " the server's PLIVO_AUTH_TOKEN and PUBLIC_URL (or --public-url)");
    }

    @Test
    void simulate_alone_and_help_describe_the_commands() {
        SimRun alone = SimRun.against(server);
        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.out()).contains("call").contains("run");
        SimRun help = SimRun.against(server, "call", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--line=NAME|SIP_URI", "--answer=WHO", "--outcome=STATUS", "--talk=DURATION",
                "--voicemail=DURATION|none", "--press=DIGITS", "--hangup-after=DURATION", "--json", "--real-time", "--api-key");
    }

    private SimRun simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("call", "--server", "http://localhost:" + server.port()));
        all.addAll(List.of(args));
        return SimRun.against(server, all.toArray(String[]::new));
    }

    private JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        SimRun run = simulate(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();
        try {
            return JSON.readTree(run.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(run.toString(), e);
        }
    }

    private void assertBad(String message, String... args) {
        SimRun run = simulate(args);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(message);
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    private static List<String> types(JsonNode call) {
        List<String> out = new ArrayList<>();
        call.path("events").forEach(e -> out.add(e.path("type").asText()));
        return out;
    }

    private static List<JsonNode> events(JsonNode call, String type) {
        List<JsonNode> out = new ArrayList<>();
        call.path("events").forEach(e -> {
            if (e.path("type").asText().equals(type)) out.add(e);
        });
        return out;
    }

    private static JsonNode event(JsonNode call, String type) {
        List<JsonNode> found = events(call, type);
        assertThat(found).as(type + " in " + types(call)).isNotEmpty();
        return found.get(0).path("detail");
    }
}
