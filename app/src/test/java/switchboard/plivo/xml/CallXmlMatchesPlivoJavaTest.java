package switchboard.plivo.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plivo.api.xml.Dial;
import com.plivo.api.xml.Hangup;
import com.plivo.api.xml.Response;
import com.plivo.api.xml.Speak;
import com.plivo.api.xml.User;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import switchboard.Main;

/** Our hand-written documents must mean the same to Plivo as the ones its own SDK builds. */
class CallXmlMatchesPlivoJavaTest {

  private static final String BASE = "https://abc.ngrok.app";
  private static final CallXml CALL_XML = new CallXml(BASE);

  /** plivo-java always writes these documented defaults on Speak; they mean the same as leaving them out. */
  private static final Map<String, Map<String, String>> PLIVO_DEFAULTS = Map.of(
      "Speak", Map.of("voice", "WOMAN", "language", "en-US", "loop", "1", "legs", "aleg"));

  /** Element name, attributes (sorted, documented defaults dropped), text, then children in order. */
  static String canonical(String xml) throws Exception {
    StringBuilder b = new StringBuilder();
    canonical(XmlTest.parse(xml).getDocumentElement(), b, "");
    return b.toString();
  }

  private static void canonical(Element e, StringBuilder b, String indent) {
    Map<String, String> attrs = new TreeMap<>();
    NamedNodeMap map = e.getAttributes();
    Map<String, String> defaults = PLIVO_DEFAULTS.getOrDefault(e.getTagName(), Map.of());
    for (int i = 0; i < map.getLength(); i++) {
      Node a = map.item(i);
      if (!a.getNodeValue().equals(defaults.get(a.getNodeName()))) attrs.put(a.getNodeName(), a.getNodeValue());
    }
    StringBuilder text = new StringBuilder();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) text.append(c.getNodeValue());
    }
    b.append(indent).append(e.getTagName()).append(' ').append(attrs).append(" '").append(text.toString().strip())
        .append("'\n");
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) canonical(child, b, indent + "  ");
    }
  }

  private static List<String> apps() {
    return List.of("sip:jane123@phone.plivo.com", "sip:janem456@phone.plivo.com", "sip:peter789@phone.plivo.com");
  }

  @Test
  void ring_document_matches_plivo_java_dial() throws Exception {
    String ours = CALL_XML.ring(3, apps(), 25, "sip:caller@phone.plivo.com", "Alice Smith");
    String theirs = new Response().children(new Dial()
        .action(BASE + "/plivo/dial/3/action").method("POST").redirect(true).timeout(25)
        .callerId("sip:caller@phone.plivo.com").callerName("Alice Smith")
        .callbackUrl(BASE + "/plivo/dial/3/callback").callbackMethod("POST")
        .children(new User("sip:jane123@phone.plivo.com"), new User("sip:janem456@phone.plivo.com"),
            new User("sip:peter789@phone.plivo.com"))).toXmlString();
    assertThat(canonical(ours)).isEqualTo(canonical(theirs)).contains("User {} 'sip:peter789@phone.plivo.com'");
  }

  @Test
  void ring_without_caller_id_or_name_matches_plivo_java_dial_without_them() throws Exception {
    String ours = CALL_XML.ring(1, apps(), 25, " ", null);
    String theirs = new Response().children(new Dial()
        .action(BASE + "/plivo/dial/1/action").method("POST").redirect(true).timeout(25)
        .callbackUrl(BASE + "/plivo/dial/1/callback").callbackMethod("POST")
        .children(new User("sip:jane123@phone.plivo.com"), new User("sip:janem456@phone.plivo.com"),
            new User("sip:peter789@phone.plivo.com"))).toXmlString();
    assertThat(canonical(ours)).isEqualTo(canonical(theirs)).doesNotContain("callerId", "callerName");
  }

  @Test
  void voicemail_document_matches_plivo_java_speak_and_record() throws Exception {
    String prompt = CallXml.defaultPrompt("Main Office");
    String ours = CALL_XML.voicemail(prompt);
    String theirs = new Response().children(new Speak(prompt),
        new com.plivo.api.xml.Record(BASE + "/plivo/voicemail/action").method("POST").redirect(true)
            .fileFormat("mp3").maxLength(CallXml.VOICEMAIL_MAX_SECONDS).timeout(CallXml.VOICEMAIL_SILENCE_SECONDS)
            .finishOnKey("#").playBeep(true)
            .callbackUrl(BASE + "/plivo/voicemail/callback").callbackMethod("POST")).toXmlString();
    assertThat(canonical(ours)).isEqualTo(canonical(theirs)).contains("Main Office");
  }

  @Test
  void menu_document_matches_plivo_java_get_digits_then_redirect() throws Exception {
    String prompt = "Welcome to Tom & Jerry's. For sales press 1.";
    String ours = CALL_XML.menu(4, prompt, null, 7);
    String theirs = new Response().children(new com.plivo.api.xml.GetDigits()
        .action(BASE + "/plivo/menu/4/digits").method("POST").timeout(7).numDigits(1).retries(1).redirect(true)
        .validDigits("0123456789*#").children(new Speak(prompt.replace("&", "&amp;"))),
        new com.plivo.api.xml.Redirect(BASE + "/plivo/menu/4/timeout").method("POST")).toXmlString();
    assertThat(canonical(ours)).isEqualTo(canonical(theirs)).contains("Redirect {method=POST} '" + BASE + "/plivo/menu/4/timeout'");
    assertThat(XmlTest.xpath(ours, "/Response/GetDigits/Speak")).isEqualTo(prompt);
  }

  @Test
  void menu_with_an_audio_prompt_matches_plivo_java_get_digits_with_play() throws Exception {
    String url = "https://cdn.example.com/menu.mp3";
    String ours = CALL_XML.menu(0, null, url, 5);
    String theirs = new Response().children(new com.plivo.api.xml.GetDigits()
        .action(BASE + "/plivo/menu/0/digits").method("POST").timeout(5).numDigits(1).retries(1).redirect(true)
        .validDigits("0123456789*#").children(new com.plivo.api.xml.Play(url)),
        new com.plivo.api.xml.Redirect(BASE + "/plivo/menu/0/timeout").method("POST")).toXmlString();
    assertThat(canonical(ours)).isEqualTo(canonical(theirs)).contains("Play {} '" + url + "'");
  }

  @Test
  void caller_names_are_cut_to_plivos_fifty_characters_sensibly() {
    assertThat(CallXml.callerName("Alice Martin", "Acme")).isEqualTo("Alice Martin (Acme)");
    assertThat(CallXml.callerName("  Alice\n\tMartin ", " ")).isEqualTo("Alice Martin");
    assertThat(CallXml.callerName("Alice Martin", "Compagnie Internationale des Wagons-Lits et du Tourisme"))
        .isEqualTo("Alice Martin");
    String fifty = "x".repeat(50);
    assertThat(CallXml.callerName(fifty, null)).isEqualTo(fifty);
    assertThat(CallXml.callerName(fifty + "y", null)).isEqualTo("x".repeat(49) + "\u2026");
    String emoji = "\uD83D\uDE00".repeat(60); // 60 code points, 120 chars: never cut in half
    assertThat(CallXml.callerName(emoji, null).codePointCount(0, CallXml.callerName(emoji, null).length())).isEqualTo(50);
    assertThat(CallXml.callerName(null, "Acme")).isNull();
    assertThat(CALL_XML.ring(1, apps(), 20, null, "y".repeat(80))).contains("callerName=\"" + "y".repeat(49) + "\u2026\"");
  }

  @Test
  void hangup_document_matches_plivo_java_hangup() throws Exception {
    assertThat(canonical(CALL_XML.hangup())).isEqualTo(canonical(new Response().children(new Hangup()).toXmlString()))
        .isEqualTo("Response {} ''\n  Hangup {} ''\n");
  }

  @Test
  void canonical_form_tells_different_documents_apart() throws Exception {
    assertThat(canonical(CALL_XML.ring(1, apps(), 25, null, null))).isNotEqualTo(canonical(CALL_XML.ring(2, apps(), 25, null, null)));
    assertThat(canonical(CALL_XML.hangup())).isNotEqualTo(canonical(CALL_XML.afterRecording(true)));
  }

  /**
   * Why the request path uses our Xml writer and not plivo-java: the SDK writes '&' and '<' unescaped, so a
   * callback URL with a query or a caller name like "Tom & Jerry" gives a document Plivo cannot parse.
   */
  @Test
  void plivo_java_does_not_escape_ampersands_while_ours_does() throws Exception {
    String url = BASE + "/plivo/dial/1/action?line=7&step=1";
    String name = "Tom & Jerry";
    String theirs = new Response().children(new Dial().action(url).callerName(name)
        .children(new User("sip:a@phone.plivo.com"))).toXmlString();
    assertThat(theirs).contains("callerName=\"Tom & Jerry\"");
    assertThatThrownBy(() -> XmlTest.parse(theirs)).isInstanceOf(SAXParseException.class);

    String ours = new CallXml(BASE).ring(1, apps(), 25, null, name);
    assertThat(ours).contains("callerName=\"Tom &amp; Jerry\"");
    assertThat(XmlTest.xpath(ours, "/Response/Dial/@callerName")).isEqualTo(name);
    String oursUrl = Xml.response().empty("Dial", "action", url).render();
    assertThat(XmlTest.xpath(oursUrl, "/Response/Dial/@action")).isEqualTo(url);
  }
}
