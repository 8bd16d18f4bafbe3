package switchboard.plivo.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Random;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

class XmlTest {

  static Document parse(String xml) throws Exception {
    DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler()); // throw on fatal errors without printing them
    return builder.parse(new InputSource(new StringReader(xml)));
  }

  static String xpath(String xml, String expression) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(expression, parse(xml));
  }

  static String callerNameOf(String value) {
    return Xml.response().empty("Dial", "callerName", value).render();
  }

  /** Independent oracle: the XML 1.0 Char production, applied per code point (lone surrogates are their own). */
  static String xmlChars(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(b::appendCodePoint);
    return b.toString();
  }

  @Test
  void text_escapes_the_five_special_characters_exactly() {
    assertThat(Xml.response().text("Speak", "a&b<c>d\"e'f").render())
        .contains("<Speak>a&amp;b&lt;c&gt;d&quot;e&apos;f</Speak>");
  }

  @Test
  void attribute_escapes_the_five_special_characters_exactly() {
    assertThat(callerNameOf("&<>\"'")).contains("<Dial callerName=\"&amp;&lt;&gt;&quot;&apos;\"/>");
  }

  @Test
  void caller_name_with_markup_survives_a_round_trip() throws Exception {
    String name = "Tom & Jerry <\"boss\">";
    String xml = Xml.response().start("Dial", "callerName", name, "action", "https://x.io/a?b=1&c='2'")
        .text("User", "sip:a@b.com").render();
    assertThat(xpath(xml, "/Response/Dial/@callerName")).isEqualTo(name);
    assertThat(xpath(xml, "/Response/Dial/@action")).isEqualTo("https://x.io/a?b=1&c='2'");
    assertThat(xpath(xml, "count(/Response/Dial/*)")).isEqualTo("1");
  }

  @Test
  void text_with_markup_survives_a_round_trip() throws Exception {
    String prompt = "Leave a message </Speak><Hangup/> & bye";
    String xml = Xml.response().text("Speak", prompt).render();
    assertThat(xpath(xml, "/Response/Speak")).isEqualTo(prompt);
    assertThat(xpath(xml, "count(//Hangup)")).isEqualTo("0");
  }

  @Test
  void control_characters_and_lone_surrogates_are_dropped_and_the_result_parses() throws Exception {
    String raw = "a\u0000b\u0007c\uFFFFd\uFFFEe\uD800f\uDC00g\u001Fh\uDE00\uD83D"; // last two: reversed pair
    String xml = callerNameOf(raw);
    assertThat(xml).doesNotContain("\u0000", "\u0007", "\uFFFF", "\uFFFE", "\uD800", "\uDC00", "\u001F", "\uD83D");
    assertThat(xpath(xml, "/Response/Dial/@callerName")).isEqualTo("abcdefgh");
    assertThat(xpath(Xml.response().text("Speak", raw).render(), "/Response/Speak")).isEqualTo("abcdefgh");
  }

  @Test
  void emoji_surrogate_pairs_are_preserved() throws Exception {
    String name = "Ana \uD83D\uDE00 \uD83C\uDDF5\uD83C\uDDF9 \uD834\uDD1E";
    assertThat(xpath(callerNameOf(name), "/Response/Dial/@callerName")).isEqualTo(name);
    assertThat(xpath(Xml.response().text("Speak", name).render(), "/Response/Speak")).isEqualTo(name);
  }

  @Test
  void null_attribute_values_are_omitted() throws Exception {
    String xml = Xml.response().empty("Dial", "callerId", null, "timeout", "20", "callerName", null).render();
    assertThat(xml).doesNotContain("callerId", "callerName", "null");
    assertThat(xpath(xml, "count(/Response/Dial/@*)")).isEqualTo("1");
    assertThat(xpath(xml, "/Response/Dial/@timeout")).isEqualTo("20");
  }

  @Test
  void odd_attribute_list_is_rejected() {
    assertThatThrownBy(() -> Xml.response().empty("Dial", "timeout")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void render_closes_every_open_element() throws Exception {
    String xml = Xml.response().start("Dial", "timeout", "5").text("User", "sip:a@b.com").render();
    assertThat(xml).endsWith("</User></Dial></Response>");
    assertThat(xpath(xml, "/Response/Dial/User")).isEqualTo("sip:a@b.com");
  }

  @Test
  void end_closes_the_innermost_element_so_siblings_follow() throws Exception {
    String xml = Xml.response().start("Dial").text("User", "u").end().empty("Hangup").render();
    assertThat(xpath(xml, "name(/Response/*[2])")).isEqualTo("Hangup");
    assertThat(xpath(xml, "count(/Response/Dial/Hangup)")).isEqualTo("0");
  }

  @Test
  void random_strings_always_render_parseable_documents_that_round_trip() throws Exception {
    Random random = new Random(20240501L);
    for (int n = 0; n < 2000; n++) {
      String input = randomString(random);
      String xml = Xml.response().text("Speak", input, "callerName", input).render();
      Document doc = parse(xml);
      String expected = xmlChars(input);
      assertThat(doc.getDocumentElement().getFirstChild().getAttributes().getNamedItem("callerName")
          .getNodeValue()).as("attribute, case %d: %s", n, xml).isEqualTo(expected);
      assertThat(doc.getDocumentElement().getTextContent()).as("text, case %d", n).isEqualTo(expected);
    }
  }

  /** Code points from every troublesome class, XML whitespace (\t \n \r) included. */
  private static String randomString(Random random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int c = switch (random.nextInt(8)) {
        case 0 -> random.nextInt(0x20);                       // C0 controls
        case 1 -> "&<>\"';=?#%".charAt(random.nextInt(10));   // markup and URL characters
        case 2 -> 0xD800 + random.nextInt(0x800);             // lone surrogates
        case 3 -> 0xFFF0 + random.nextInt(0x10);              // specials incl. FFFE/FFFF
        case 4 -> 0x10000 + random.nextInt(0x100000);         // supplementary (surrogate pairs)
        case 5 -> random.nextInt(0x10000);                    // anything in the BMP
        default -> 0x20 + random.nextInt(0x5F);               // printable ASCII
      };
      b.appendCodePoint(c);
    }
    return b.toString();
  }

  @Test
  void tab_newline_and_carriage_return_in_attributes_survive_a_round_trip() throws Exception {
    assertThat(xpath(callerNameOf("Tom\tand\nJerry\r"), "/Response/Dial/@callerName")).isEqualTo("Tom\tand\nJerry\r");
  }
}
