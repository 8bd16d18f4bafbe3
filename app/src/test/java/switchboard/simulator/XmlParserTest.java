package switchboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plivo.api.xml.Conference;
import com.plivo.api.xml.Dial;
import com.plivo.api.xml.Dtmf;
import com.plivo.api.xml.GetDigits;
import com.plivo.api.xml.GetInput;
import com.plivo.api.xml.Hangup;
import com.plivo.api.xml.Play;
import com.plivo.api.xml.PreAnswer;
import com.plivo.api.xml.Redirect;
import com.plivo.api.xml.Response;
import com.plivo.api.xml.Speak;
import com.plivo.api.xml.User;
import com.plivo.api.xml.Wait;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser reads whatever plivo-java's builder writes (so any valid Plivo XML, not only ours), and nothing else. */
class XmlParserTest {

    @Test
    void every_verb_plivo_java_builds_is_read_with_its_attributes() throws Exception {
        String xml = new Response()
                .children(new Speak("Welcome to Acme").voice("WOMAN").language("en-US").loop(2))
                .children(new Play("https://cdn.example.com/hold.mp3").loop(3))
                .children(new Wait().length(4).silence(false).minSilence(1500).beep(false))
                .children(new Dial().action("https://sb.example/plivo/dial/1/action").method("GET").hangupOnStar(false)
                        .timeLimit(600).timeout(15).callerId("+4930123").callerName("Acme").confirmSound("https://sb.example/confirm")
                        .confirmTimeout("5s").confirmKey("5").dialMusic("real").callbackUrl("https://sb.example/plivo/dial/1/callback")
                        .callbackMethod("POST").redirect(false).digitsMatch("*1").digitsMatchBLeg("*2").sipHeaders("line=main")
                        .children(new User("sip:luke-mobile@phone.plivo.com").sendDigits("wwww1").sendOnPreanswer(false).sipHeaders("a=b"))
                        .children(new com.plivo.api.xml.Number("+4930999").sendDigits("2").sendOnPreanswer(true)))
                .children(new com.plivo.api.xml.Record("https://sb.example/plivo/voicemail/action").method("POST").fileFormat("wav")
                        .redirect(true).timeout(7).maxLength(90).playBeep(false).finishOnKey("*").recordSession(false)
                        .startOnDialAnswer(false).transcriptionType("auto").transcriptionUrl("https://sb.example/t")
                        .transcriptionMethod("GET").callbackUrl("https://sb.example/plivo/voicemail/callback").callbackMethod("POST")
                        .recordChannelType("mono"))
                .children(new GetDigits().action("https://sb.example/menu").method("POST").timeout(6).digitTimeout(3)
                        .finishOnKey("#").numDigits(2).retries(3).redirect(true).validDigits("123").playBeep(true)
                        .invalidDigitsSound("https://sb.example/invalid.mp3").log(true)
                        .children(new Speak("Press 1 for sales")).children(new Play("https://sb.example/menu.mp3")))
                .children(new GetInput().action("https://sb.example/input").method("POST").inputType("dtmf speech")
                        .executionTimeout(9).digitEndTimeout(4).speechEndTimeout(2).finishOnKey("#").numDigits(4)
                        .speechModel("default").hints("sales,support").language("en-US").interimSpeechResultsCallback("https://sb.example/i")
                        .interimSpeechResultsCallbackMethod("POST").redirect(true).log(false).profanityFilter(false)
                        .children(new Speak("Say or press your account number")))
                .children(new Redirect("https://sb.example/next").method("GET"))
                .children(new Conference("queue-7").muted(false).enterSound("beep:1").exitSound("beep:2")
                        .startConferenceOnEnter(false).endConferenceOnExit(true).stayAlone(true).waitSound("https://sb.example/music")
                        .maxMembers(5).record(false).recordFileFormat("mp3").timeLimit(300).hangupOnStar(false)
                        .action("https://sb.example/conf/action").method("POST").callbackUrl("https://sb.example/conf/cb")
                        .callbackMethod("GET").digitsMatch("0").floorEvent(false).redirect(true).relayDtmf(true))
                .children(new Hangup().reason("busy").schedule(45))
                .toXmlString();

        List<Verb> verbs = XmlParser.document(xml);

        assertThat(verbs).hasSize(10);
        assertThat(verbs.get(0)).isEqualTo(new Verb.Speak("Welcome to Acme", 2));
        assertThat(verbs.get(1)).isEqualTo(new Verb.Play("https://cdn.example.com/hold.mp3", 3));
        assertThat(verbs.get(2)).isEqualTo(new Verb.Wait(4, false, 1500));
        assertThat(verbs.get(3)).isEqualTo(new Verb.Dial(new Verb.Hook("https://sb.example/plivo/dial/1/action", "GET"), false,
                new Verb.Hook("https://sb.example/plivo/dial/1/callback", "POST"), 15, 600, "+4930123", "Acme",
                "https://sb.example/confirm", "5", List.of(new Verb.Target(true, "sip:luke-mobile@phone.plivo.com"),
                new Verb.Target(false, "+4930999"))));
        assertThat(verbs.get(4)).isEqualTo(new Verb.Record(new Verb.Hook("https://sb.example/plivo/voicemail/action", "POST"), true,
                new Verb.Hook("https://sb.example/plivo/voicemail/callback", "POST"), new Verb.Hook("https://sb.example/t", "GET"),
                90, 7, "*", false, "wav"));
        Verb.Input menu = (Verb.Input) verbs.get(5);
        assertThat(menu).isEqualTo(new Verb.Input("GetDigits", new Verb.Hook("https://sb.example/menu", "POST"), true, 6, 3, 2, 3,
                "123", "#", true, true, List.of(new Verb.Speak("Press 1 for sales", 1), new Verb.Play("https://sb.example/menu.mp3", 1))));
        Verb.Input input = (Verb.Input) verbs.get(6);
        assertThat(input.element()).isEqualTo("GetInput");
        assertThat(input.timeoutSeconds()).isEqualTo(9);
        assertThat(input.numDigits()).isEqualTo(4);
        assertThat(input.acceptsDigits()).isTrue();
        assertThat(verbs.get(7)).isEqualTo(new Verb.Redirect(new Verb.Hook("https://sb.example/next", "GET")));
        assertThat(verbs.get(8)).isEqualTo(new Verb.Conference("queue-7", new Verb.Hook("https://sb.example/conf/action", "POST"), true,
                new Verb.Hook("https://sb.example/conf/cb", "GET"), "https://sb.example/music", 300));
        assertThat(verbs.get(9)).isEqualTo(new Verb.Hangup("busy", 45));
    }

    @Test
    void plivo_defaults_fill_what_a_document_leaves_out() {
        List<Verb> verbs = XmlParser.document("<Response><Dial><User>sip:a@phone.plivo.com</User></Dial>"
                + "<Record/><GetDigits action=\"https://x.example/m\"/><Wait/><Speak>Hi</Speak></Response>");

        Verb.Dial dial = (Verb.Dial) verbs.get(0);
        assertThat(dial.timeoutSeconds()).isEqualTo(30);
        assertThat(dial.redirect()).isTrue();
        assertThat(dial.action().present()).isFalse();
        assertThat(dial.callback().method()).isEqualTo("POST");
        assertThat(verbs.get(1)).isEqualTo(new Verb.Record(new Verb.Hook(null, "POST"), true, new Verb.Hook(null, "POST"),
                new Verb.Hook(null, "POST"), 60, 15, "#", true, "mp3"));
        Verb.Input menu = (Verb.Input) verbs.get(2);
        assertThat(List.of(menu.timeoutSeconds(), menu.numDigits(), menu.tries())).containsExactly(5, 99, 1);
        assertThat(verbs.get(3)).isEqualTo(new Verb.Wait(1, false, 2000));
        assertThat(verbs.get(4)).isEqualTo(new Verb.Speak("Hi", 1));
    }

    @Test
    void preanswer_and_a_wait_between_prompts_are_read() throws Exception {
        String xml = new Response().children(new PreAnswer().children(new Speak("Connecting"))
                .children(new Play("https://x.example/ring.wav")).children(new Wait().length(2))).toXmlString();

        assertThat(XmlParser.document(xml)).containsExactly(new Verb.PreAnswer(List.of(new Verb.Speak("Connecting", 1),
                new Verb.Play("https://x.example/ring.wav", 1), new Verb.Wait(2, false, 2000))));
        assertThat(((Verb.Input) XmlParser.document("<Response><GetDigits action=\"https://x.example/m\"><Speak>Press</Speak>"
                + "<Wait length=\"3\"/></GetDigits></Response>").get(0)).prompts()).contains(new Verb.Wait(3, false, 2000));
    }

    @Test
    void ssml_inside_speak_is_heard_as_its_words() throws Exception {
        Speak speak = new Speak("Your code is ").voice("Polly.Joanna");
        speak.addSayAs("1234", "digits");
        speak.addBreak("strong", "1s");
        speak.addEmphasis("thank you", "moderate");
        speak.addLang("au revoir", "fr-FR");
        speak.addProsody("goodbye", "loud", "slow", "low");
        speak.addSub("W3C", "World Wide Web Consortium");
        speak.addW("read", "amazon:VB");
        speak.addPhoneme("tomato", "ipa", "təˈmɑːtəʊ");
        speak.addS("Bye");
        speak.addP("Really");

        Verb.Speak heard = (Verb.Speak) XmlParser.document(new Response().children(speak).toXmlString()).get(0);

        assertThat(heard.text()).isEqualTo("Your code is 1234 thank you au revoir goodbye W3C read tomato Bye Really");
    }

    @Test
    void plivo_javas_own_bug_nesting_wait_in_get_digits_is_refused_by_name() throws Exception {
        // plivo-java writes <Speak xsi:type="wait"> (or <Play ...>, as JAXB's mood takes it) for a Wait inside GetDigits
        String xml = new Response().children(new GetDigits().action("https://x.example/m").children(new Wait())).toXmlString();

        assertThat(xml).contains("xsi:type=\"wait\"");
        assertThatThrownBy(() -> XmlParser.document(xml)).isInstanceOf(Unfollowable.class)
                .hasMessageMatching("<(Speak|Play)> has an attribute the simulator does not know: (xmlns:xsi|xsi:type)");
    }

    @Test
    void plivo_xml_a_simulated_caller_cannot_take_part_in_is_named() throws Exception {
        String xml = new Response().children(new Dtmf("123")).toXmlString();

        assertThatThrownBy(() -> XmlParser.document(xml)).hasMessage("<DTMF> is Plivo XML the simulator does not follow");
        assertThatThrownBy(() -> XmlParser.document("<Response><Stream>wss://x.example</Stream></Response>"))
                .hasMessage("<Stream> is Plivo XML the simulator does not follow");
    }

    @Test
    void an_unknown_element_or_attribute_is_an_error_that_names_it() {
        assertError("<Response><Say>Hi</Say></Response>", "unknown element <Say> in <Response>");
        assertError("<Response><Dial callbackURL=\"https://x.example\"><User>sip:a@b.c</User></Dial></Response>",
                "<Dial> has an attribute the simulator does not know: callbackURL");
        assertError("<Response><Dial><User>sip:a@b.c</User><Sip>sip:a@b.c</Sip></Dial></Response>", "unknown element <Sip> in <Dial>");
        assertError("<Response><Speak>Hi <bogus>there</bogus></Speak></Response>", "unknown element <bogus> in <Speak>");
        assertError("<Response><Speak>Hi <break pause=\"1s\"/></Speak></Response>", "<break> has an attribute the simulator does not know: pause");
        assertError("<Response><hangup/></Response>", "unknown element <hangup> in <Response>"); // names are case-sensitive
    }

    @Test
    void misplaced_elements_and_malformed_values_are_named() {
        assertError("<Response><GetDigits action=\"https://x.example/m\"><Dial><User>sip:a@b.c</User></Dial></GetDigits></Response>",
                "<Dial> may not stand in <GetDigits>");
        assertError("<Response><Dial timeout=\"soon\"><User>sip:a@b.c</User></Dial></Response>", "<Dial> timeout=\"soon\" is not a whole number");
        assertError("<Response><Dial redirect=\"maybe\"><User>sip:a@b.c</User></Dial></Response>", "<Dial> redirect=\"maybe\" is neither true nor false");
        assertError("<Response><Dial method=\"PUT\" action=\"https://x.example\"><User>sip:a@b.c</User></Dial></Response>",
                "<Dial> method=\"PUT\" is neither GET nor POST");
        assertError("<Response><Dial action=\"/plivo/dial/1/action\"><User>sip:a@b.c</User></Dial></Response>",
                "<Dial> action \"/plivo/dial/1/action\" is not an absolute http(s) URL");
        assertError("<Response><Dial></Dial></Response>", "<Dial> has neither <User> nor <Number>: nobody to ring");
        assertError("<Response><Dial><User>luke@phone.plivo.com</User></Dial></Response>", "<User> \"luke@phone.plivo.com\" is not a SIP URI (sip:...)");
        assertError("<Response><Dial>sip:a@b.c</Dial></Response>", "<Dial> holds text where only elements may stand: \"sip:a@b.c\"");
        assertError("<Response><Play><Speak>x</Speak></Play></Response>", "<Play> may hold only text, not <Speak>");
        assertError("<Response><Record recordSession=\"true\"/></Response>", "<Record> recordSession=\"true\": the simulator does not follow session recording");
        assertError("<Response><Hangup reason=\"tired\"/></Response>", "<Hangup> reason=\"tired\" is neither rejected nor busy");
        assertError("<Response><GetInput action=\"https://x.example/i\"/></Response>", "<GetInput> has no inputType (dtmf, speech or \"dtmf speech\")");
    }

    @Test
    void documents_that_are_not_plivo_xml_are_refused() {
        assertError("", "the server answered an empty body instead of XML");
        assertError("<Document><Speak>Hi</Speak></Document>", "the document's root is <Document>, not <Response>");
        assertThatThrownBy(() -> XmlParser.document("<Response><Speak>Hi</Response>")).hasMessageStartingWith("the server answered XML that does not parse");
        // no entities: nothing from the file system or the network ends up in what the caller hears
        assertThatThrownBy(() -> XmlParser.document("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><Speak>&x;</Speak></Response>")).hasMessageStartingWith("the server answered XML that does not parse");
    }

    @Test
    void prompt_documents_hold_only_speak_play_and_wait() {
        assertThat(XmlParser.prompts("<Response><Play loop=\"0\">https://x.example/m.mp3</Play></Response>", "waitSound"))
                .containsExactly(new Verb.Play("https://x.example/m.mp3", 0));
        assertThatThrownBy(() -> XmlParser.prompts("<Response><Hangup/></Response>", "waitSound"))
                .hasMessage("waitSound: <Hangup> may not stand in <Response>");
    }

    private static void assertError(String xml, String message) {
        assertThatThrownBy(() -> XmlParser.document(xml)).isInstanceOf(Unfollowable.class).hasMessage(message);
    }
}
