package switchboard.plivo.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.plivo.xml.CallXmlMatchesPlivoJavaTest.canonical;

import com.plivo.api.xml.GetDigits;
import com.plivo.api.xml.Hangup;
import com.plivo.api.xml.Play;
import com.plivo.api.xml.Redirect;
import com.plivo.api.xml.Response;
import com.plivo.api.xml.Speak;
import org.junit.jupiter.api.Test;

/** The caller queue's documents mean the same to Plivo as the ones its own SDK builds. */
class QueueXmlMatchesPlivoJavaTest {
    private static final String BASE = "https://abc.ngrok.app";
    private static final QueueXml XML = new QueueXml(BASE);
    private static final String SOUND = BASE + "/media/hold-v1.wav";

    @Test
    void a_wait_step_matches_plivo_java_get_digits_with_speak_and_play_then_redirect() throws Exception {
        String words = QueueXml.words(true, "Support", 2, 3, "1", "2");
        String ours = XML.wait(new QueueXml.Wait(4, words, "1", "2", SOUND, 2));
        String theirs = new Response().children(
                new GetDigits().action(BASE + "/plivo/queue/4/key").method("POST").redirect(true).numDigits(1).retries(1)
                        .timeout(QueueXml.KEY_TIMEOUT_SECONDS).validDigits("12").finishOnKey("#")
                        .children(new Speak(words), new Play(SOUND).loop(2)),
                new Redirect(BASE + "/plivo/queue/4/next").method("POST")).toXmlString();
        assertThat(canonical(ours)).isEqualTo(canonical(theirs)).contains("You are caller number 2", "about 3 minutes");
    }

    @Test
    void a_menu_using_the_hash_key_finishes_on_star_instead() throws Exception {
        String words = QueueXml.words(false, "Support", 1, null, null, "#");
        String ours = XML.wait(new QueueXml.Wait(1, words, null, "#", "https://cdn.example.com/a?b=1&c=2", 1));
        String theirs = new Response().children(
                new GetDigits().action(BASE + "/plivo/queue/1/key").method("POST").redirect(true).numDigits(1).retries(1)
                        .timeout(QueueXml.KEY_TIMEOUT_SECONDS).validDigits("#").finishOnKey("*")
                        .children(new Speak(words), new Play("https://cdn.example.com/a?b=1&amp;c=2").loop(1)),
                new Redirect(BASE + "/plivo/queue/1/next").method("POST")).toXmlString();
        assertThat(canonical(ours)).isEqualTo(canonical(theirs)).doesNotContain("expected wait");
        assertThat(words).isEqualTo("Thank you for holding. You are caller number 1. Press the hash key and we will call you back.");
    }

    @Test
    void a_wait_without_keys_is_speak_and_play_then_redirect() throws Exception {
        String words = QueueXml.words(false, null, 3, null, null, null);
        String ours = XML.wait(new QueueXml.Wait(2, words, null, null, SOUND, 3));
        String theirs = new Response().children(new Speak(words), new Play(SOUND).loop(3),
                new Redirect(BASE + "/plivo/queue/2/next").method("POST")).toXmlString();
        assertThat(canonical(ours)).isEqualTo(canonical(theirs));
        assertThat(words).isEqualTo("Thank you for holding. You are caller number 3.");
    }

    @Test
    void the_callback_confirmation_matches_plivo_java_speak_and_hangup() throws Exception {
        String ours = XML.callbackRequested();
        String theirs = new Response().children(new Speak("Thank you. We will call you back at the number you are calling from"
                + " as soon as we can. Goodbye."), new Hangup()).toXmlString();
        assertThat(canonical(ours)).isEqualTo(canonical(theirs));
    }
}
