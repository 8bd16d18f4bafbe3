package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GetDigits, GetInput and Redirect, against a stub serving fixed XML (the demo has no menus yet). */
class MenusTest extends StubTest {

    @Test
    void a_pressed_key_goes_to_the_action_whose_xml_is_followed() {
        stub.xml("/plivo/answer", "<Response><GetDigits action=\"" + P + "/menu\" numDigits=\"1\" timeout=\"5\">"
                        + "<Speak>Press 1 for sales, 2 for support</Speak></GetDigits><Speak>Nothing pressed</Speak></Response>")
                .xml("/menu", "<Response><Speak>Sales it is</Speak><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--press", "1");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/menu", "/plivo/hangup");
        assertThat(stub.last("/menu").param("Digits")).isEqualTo("1");
        assertThat(stub.last("/menu").param("CallStatus")).isEqualTo("in-progress");
        assertThat(stub.requests()).allMatch(XmlStub.Request::signed);
        assertThat(run.out()).contains("hears \"Press 1 for sales, 2 for support\", presses 1")
                .contains("pressed 1 -> hears \"Sales it is\", hangs up");
        assertThat(stub.last("/plivo/hangup").param("HangupSource")).isEqualTo("Answer XML");
    }

    @Test
    void a_menu_nobody_answers_times_out_to_the_next_element() {
        stub.xml("/plivo/answer", "<Response><GetDigits action=\"" + P + "/menu\" timeout=\"7\"><Speak>Press 1</Speak></GetDigits>"
                        + "<Redirect>" + P + "/again</Redirect></Response>")
                .xml("/again", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/again", "/plivo/hangup");
        assertThat(stub.last("/again").param("Event")).isEqualTo("Redirect");
        assertThat(stub.last("/plivo/hangup").param("Duration")).isEqualTo("8"); // "Press 1": 1 s, then the 7 s timeout
        assertThat(run.out()).contains("presses nothing for 7 s, no choice: next element, redirect to /again");
    }

    @Test
    void each_menu_takes_the_next_press_and_an_empty_entry_lets_it_time_out() {
        stub.xml("/plivo/answer", "<Response><GetDigits action=\"" + P + "/first\"><Speak>First</Speak></GetDigits>"
                        + "<Redirect>" + P + "/second</Redirect></Response>")
                .xml("/second", "<Response><GetDigits action=\"" + P + "/chosen\" numDigits=\"3\"><Speak>Second</Speak></GetDigits></Response>")
                .xml("/chosen", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--press", ",42#");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/second", "/chosen", "/plivo/hangup");
        assertThat(stub.last("/chosen").param("Digits")).isEqualTo("42"); // the finish key ends the input and is not sent
    }

    @Test
    void keys_that_are_not_valid_make_the_menu_ask_again_as_often_as_its_retries() {
        stub.xml("/plivo/answer", "<Response><GetDigits action=\"" + P + "/menu\" numDigits=\"1\" validDigits=\"12\" retries=\"2\">"
                        + "<Speak>Press 1 or 2</Speak></GetDigits><Hangup/></Response>")
                .xml("/menu", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--press", "9,2");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.last("/menu").param("Digits")).isEqualTo("2");
        assertThat(run.out()).contains("presses 9 (not a valid choice), asks again, hears \"Press 1 or 2\", presses 2");
    }

    @Test
    void get_input_gets_the_keys_with_their_input_type_and_a_speech_only_one_times_out() {
        stub.xml("/plivo/answer", "<Response><GetInput action=\"" + P + "/said\" inputType=\"speech\" executionTimeout=\"4\">"
                        + "<Speak>Say something</Speak></GetInput>"
                        + "<GetInput action=\"" + P + "/typed\" inputType=\"dtmf speech\" digitEndTimeout=\"auto\"><Speak>Or type</Speak></GetInput>"
                        + "</Response>")
                .xml("/typed", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--press", "7");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/typed", "/plivo/hangup");
        assertThat(stub.last("/typed").params()).containsEntry("Digits", "7").containsEntry("InputType", "dtmf");
    }

    @Test
    void a_redirect_by_get_carries_the_parameters_in_the_query_signed_as_plivo_signs_a_get() {
        stub.xml("/plivo/answer", "<Response><Redirect method=\"GET\">" + P + "/next?lang=en</Redirect></Response>")
                .xml("/next", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--caller-name", "Tom & Jerry");

        assertThat(run.exit()).as(run.toString()).isZero();
        XmlStub.Request next = stub.last("/next");
        assertThat(next.method()).isEqualTo("GET");
        assertThat(next.params()).containsEntry("lang", "en").containsEntry("Event", "Redirect").containsEntry("CallerName", "Tom & Jerry");
        assertThat(next.signed()).isTrue();
    }
}
