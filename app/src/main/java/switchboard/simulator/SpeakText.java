package switchboard.simulator;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The words of a {@code <Speak>}: its text and the text of the SSML inside it (break, emphasis, say-as...). */
final class SpeakText {
    private SpeakText() {}

    static String of(XmlNode speak, Element e) {
        StringBuilder words = new StringBuilder();
        collect(e, words);
        String text = words.toString().replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) throw speak.error("has no text to speak");
        return text;
    }

    private static void collect(Element parent, StringBuilder words) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                words.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                Element child = (Element) n;
                Set<String> attributes = XmlElements.SSML.get(child.getTagName());
                if (attributes == null) {
                    throw new Unfollowable("unknown element <" + child.getTagName() + "> in <" + parent.getTagName() + ">");
                }
                new XmlNode(child, attributes); // checks its attributes
                words.append(' ');
                collect(child, words);
                words.append(' ');
            }
        }
    }
}
