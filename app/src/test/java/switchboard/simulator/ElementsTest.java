package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import switchboard.calls.CallStatus;

/** Play, Wait, PreAnswer, Hangup, Conference and the Dial and Record attributes the demo does not use, on a stub. */
class ElementsTest extends StubTest {

    @Test
    void play_and_wait_take_their_time_and_the_end_of_the_xml_hangs_up() {
        stub.xml("/plivo/answer", "<Response><Play loop=\"2\">https://cdn.example.com/jingle.mp3</Play><Wait length=\"7\"/></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.last("/plivo/hangup").params()).containsEntry("Duration", "17") // 2 x 5 s of audio, 7 s of waiting
                .containsEntry("HangupSource", "Plivo").containsEntry("HangupCauseName", "End Of XML Instructions")
                .containsEntry("HangupCauseCode", "4010").containsEntry("CallStatus", "completed");
        assertThat(run.out()).contains("hears https://cdn.example.com/jingle.mp3 (2 times), waits 7 s, the XML ends: Plivo hangs up");
    }

    @Test
    void pre_answer_media_is_not_billed() {
        stub.xml("/plivo/answer", "<Response><PreAnswer><Wait length=\"6\"/></PreAnswer><Wait length=\"4\"/><Hangup/></Response>");

        assertThat(stub.simulate("--line", LINE).exit()).isZero();

        assertThat(stub.last("/plivo/hangup").params()).containsEntry("Duration", "10").containsEntry("BillDuration", "4");
    }

    @Test
    void a_scheduled_hangup_ends_the_call_while_the_xml_goes_on() {
        stub.xml("/plivo/answer", "<Response><Hangup schedule=\"5\"/><Wait length=\"60\"/></Response>");

        SimRun run = stub.simulate("--line", LINE);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.last("/plivo/hangup").params()).containsEntry("Duration", "5").containsEntry("HangupSource", "Answer XML");
    }

    @Test
    void a_caller_waiting_in_a_conference_hears_its_wait_sound_until_giving_up() {
        stub.xml("/plivo/answer", "<Response><Conference callbackUrl=\"" + P + "/conf/events\" waitSound=\"" + P + "/conf/music\">"
                        + "queue-1</Conference></Response>")
                .xml("/conf/music", "<Response><Play>https://cdn.example.com/hold.mp3</Play></Response>");

        SimRun run = stub.simulate("--line", LINE, "--hangup-after", "2m");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/conf/events", "/conf/music", "/conf/events", "/plivo/hangup");
        assertThat(stub.requests().get(1).params()).containsEntry("ConferenceAction", "enter").containsEntry("ConferenceName", "queue-1");
        assertThat(stub.requests().get(3).params()).containsEntry("ConferenceAction", "exit").containsEntry("CallStatus", "completed");
        assertThat(stub.last("/plivo/hangup").params()).containsEntry("Duration", "120").containsEntry("HangupSource", "Caller");
        assertThat(run.out()).contains("enters conference \"queue-1\" alone").contains("hears https://cdn.example.com/hold.mp3, over and over");
    }

    @Test
    void a_conference_time_limit_sends_the_caller_on_to_its_action() {
        stub.xml("/plivo/answer", "<Response><Conference timeLimit=\"30\" action=\"" + P + "/conf/over\">q</Conference></Response>")
                .xml("/conf/over", "<Response><Speak>Sorry for the wait</Speak><Hangup/></Response>");

        assertThat(stub.simulate("--line", LINE).exit()).isZero();

        assertThat(stub.paths()).containsExactly("/plivo/answer", "/conf/over", "/plivo/hangup");
        assertThat(stub.last("/conf/over").params()).containsEntry("ConferenceName", "q").containsEntry("CallStatus", "in-progress");
    }

    @Test
    void a_confirm_sound_plays_to_whoever_picks_up_who_presses_the_confirm_key() {
        stub.xml("/plivo/answer", "<Response><Dial action=\"" + P + "/dial/action\" callbackUrl=\"" + P + "/dial/events\""
                        + " confirmSound=\"" + P + "/dial/confirm\" confirmKey=\"5\"><User>sip:agent@phone.plivo.com</User></Dial></Response>")
                .xml("/dial/confirm", "<Response><Speak>Press 5 to take this call</Speak></Response>")
                .xml("/dial/action", "<Response><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--answer", "sip:agent@phone.plivo.com", "--talk", "20s");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.paths()).containsExactly("/plivo/answer", "/dial/events", "/dial/confirm", "/dial/events", "/dial/action", "/plivo/hangup");
        assertThat(stub.requests().get(1).params()).containsEntry("DialAction", "answer").containsEntry("DialBLegTo", "sip:agent@phone.plivo.com");
        assertThat(stub.requests().get(3).params()).containsEntry("DialAction", "hangup").containsEntry("DialBLegDuration", "20");
        assertThat(run.out()).contains("presses 5 to take the call, talks 20 s");
    }

    @Test
    void a_dial_time_limit_ends_the_leg_and_the_caller_stays_to_follow_the_action() {
        stub.xml("/plivo/answer", "<Response><Dial timeLimit=\"60\" action=\"" + P + "/dial/action\"><Number>+4930123456</Number></Dial></Response>")
                .xml("/dial/action", "<Response><Speak>The call was cut off</Speak><Hangup/></Response>");

        SimRun run = stub.simulate("--line", LINE, "--answer", "+4930123456", "--talk", "5m");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.last("/dial/action").params()).containsEntry("DialStatus", "completed").containsEntry("CallStatus", "in-progress");
        assertThat(run.out()).contains("hears \"The call was cut off\"");
        assertThat(stub.last("/plivo/hangup").params()).containsEntry("HangupSource", "Answer XML");
    }

    @Test
    void a_dial_without_redirect_reports_in_the_background_and_the_document_goes_on() {
        stub.xml("/plivo/answer", "<Response><Dial redirect=\"false\" timeout=\"10\" action=\"" + P + "/dial/action\">"
                + "<User>sip:nobody-home@phone.plivo.com</User></Dial><Speak>Goodbye</Speak></Response>");

        SimRun run = stub.simulate("--line", LINE, "--outcome", "timeout");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(stub.last("/dial/action").params()).containsEntry("DialStatus", "timeout").containsEntry("DialRingStatus", "true");
        assertThat(run.out()).contains("ring sip:nobody-home@phone.plivo.com 10 s, hears \"Goodbye\"");
    }

    @Test
    void a_transcription_arrives_after_the_hangup() {
        stub.xml("/plivo/answer", "<Response><Record action=\"" + P + "/rec/action\" callbackUrl=\"" + P + "/rec/ready\""
                        + " transcriptionType=\"auto\" transcriptionUrl=\"" + P + "/rec/text\"/></Response>")
                .xml("/rec/action", "<Response><Hangup/></Response>");

        assertThat(stub.simulate("--line", LINE, "--voicemail", "12s").exit()).isZero();

        assertThat(stub.paths()).containsExactly("/plivo/answer", "/rec/action", "/plivo/hangup", "/rec/ready", "/rec/text");
        assertThat(stub.last("/rec/action").params()).containsEntry("RecordingDuration", "12").containsEntry("Digits", "#")
                .containsEntry("RecordUrl", stub.address() + "/simulator/voicemail.wav");
        assertThat(stub.last("/rec/text").params()).containsEntry("call_uuid", stub.last("/rec/action").param("CallUUID"))
                .containsEntry("recording_id", stub.last("/rec/action").param("RecordingID"));
    }

    @Test
    void a_caller_hanging_up_while_recording_is_followed_by_the_action_and_callback_with_what_was_recorded() {
        stub.xml("/plivo/answer", "<Response><Record action=\"" + P + "/rec/action\" callbackUrl=\"" + P + "/rec/ready\"/></Response>");

        assertThat(stub.simulate("--line", LINE, "--voicemail", "30s", "--hangup-after", "11s").exit()).isZero();

        assertThat(stub.paths()).containsExactly("/plivo/answer", "/plivo/hangup", "/rec/action", "/rec/ready");
        assertThat(stub.last("/rec/action").params()).containsEntry("RecordingDuration", "10").containsEntry("Digits", "")
                .containsEntry("CallStatus", "completed"); // 1 s of beep, then 10 s of message
    }

    @Test
    void real_time_waits_the_call_out() {
        stub.xml("/plivo/answer", "<Response><Wait length=\"1\"/><Hangup/></Response>");
        long start = System.nanoTime();

        SimRun run = stub.simulate("--line", LINE, "--real-time");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }
}
