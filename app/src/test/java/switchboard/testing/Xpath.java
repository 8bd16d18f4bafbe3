package switchboard.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Parses an XML document (failing the test if it is not well-formed) and answers XPath questions. */
public final class Xpath {
    private final Document doc;

    private Xpath(Document doc) {
        this.doc = doc;
    }

    public static Xpath of(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xpath(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    public String string(String expression) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    public int count(String expression) {
        return (int) Double.parseDouble(string("count(" + expression + ")"));
    }

    public List<String> strings(String expression) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
            return out;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }
}
