package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server may answer that the simulator cannot follow (exit 1), and what keeps it from starting (exit 2). */
class FailuresTest extends StubTest {

    @Test
    void an_element_the_simulator_does_not_know_exits_1_naming_it_and_the_call_is_still_hung_up() {
        stub.xml("/plivo/answer", "<Response><Speak>Hello</Speak><Enqueue>support</Enqueue></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("cannot follow: unknown element <Enqueue> in <Response>");
        assertThat(stub.last("/plivo/hangup").params()).containsEntry("HangupSource", "Error");
        assertThat(run.out()).contains("1   0:00  answer ->");
    }

    @Test
    void a_flow_that_loops_is_stopped() {
        stub.xml("/plivo/answer", "<Response><Redirect>" + P + "/plivo/answer</Redirect></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("more than 100 XML documents in one call: the flow loops");
        assertThat(stub.paths()).hasSize(101).last().isEqualTo("/plivo/hangup");
    }

    @Test
    void an_answer_that_fails_is_retried_at_the_fallback_url_as_plivo_does() {
        stub.status("/plivo/answer", 500).xml("/plivo/fallback", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/plivo/fallback", "/plivo/hangup");
        assertThat(run.out()).contains("HTTP 500: Plivo asks the fallback URL");
    }

    @Test
    void an_action_or_callback_that_fails_exits_1_naming_it() {
        stub.xml("/plivo/answer", "<Response><Dial action=\"" + P + "/dial/action\"><User>sip:a@phone.plivo.com</User></Dial></Response>")
                .status("/dial/action", 503);
        SimRun failedAction = stub.simulate("--line", LINE);
        assertThat(failedAction.exit()).isEqualTo(1);
        assertThat(failedAction.err()).startsWith("cannot follow: /dial/action answered HTTP 503");

        stub.xml("/plivo/answer", "<Response><Dial callbackUrl=\"" + P + "/dial/events\"><User>sip:a@phone.plivo.com</User></Dial></Response>")
                .status("/dial/events", 500);
        SimRun failedCallback = stub.simulate("--line", LINE, "--answer", "sip:a@phone.plivo.com");
        assertThat(failedCallback.exit()).isEqualTo(1);
        assertThat(failedCallback.err()).startsWith("cannot follow: /dial/events answered HTTP 500");
    }

    @Test
    void xml_sent_as_something_else_than_xml_exits_1() {
        stub.xml("/plivo/answer", "<Response><Hangup/></Response>").contentType("/plivo/answer", "text/html");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("/plivo/answer answered Content-Type 'text/html': Plivo needs text/xml or application/xml");
    }

    @Test
    void a_refused_signature_exits_2_saying_what_to_set() {
        stub.status("/plivo/answer", 403);

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("the server refused the signature of /plivo/answer (403): give the simulator the"
                + " server's PLIVO_AUTH_TOKEN and PUBLIC_URL (or --public-url)");
    }

    @Test
    void without_an_auth_token_requests_go_unsigned() {
        stub.xml("/plivo/answer", "<Response><Hangup/></Response>");

        SimRun run = SimRun.with(Map.of("PUBLIC_URL", P), "call", "--server", stub.address(), "--line", LINE);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.requests()).noneMatch(XmlStub.Request::signed);
    }

    @Test
    void an_unreachable_server_exits_2_in_one_line() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        SimRun run = SimRun.with(Map.of("PORT", Integer.toString(port)), "call", "--line", LINE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cannot reach http://localhost:" + port
                + ": connection refused (is the server running? see --server)");
        assertThat(run.out()).isEmpty();
    }
}
