package switchboard.simulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** One element of a Plivo document, read strictly: unknown attributes and malformed values are errors naming them. */
final class XmlNode {
    private final Element element;

    XmlNode(Element element, Set<String> attributes) {
        this.element = element;
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            String name = attrs.item(i).getNodeName();
            if (!attributes.contains(name)) throw error("has an attribute the simulator does not know: " + name);
        }
    }

    String name() {
        return element.getTagName();
    }

    String text(String name) {
        String value = element.hasAttribute(name) ? element.getAttribute(name).trim() : null;
        return value == null || value.isEmpty() ? null : value;
    }

    String text(String name, String otherwise) {
        String value = text(name);
        return value == null ? otherwise : value;
    }

    int number(String name, int otherwise) {
        String value = text(name);
        if (value == null) return otherwise;
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw error(name + "=\"" + value + "\" is not a whole number");
        }
    }

    /** GetInput's timeouts may be "auto": Plivo decides, the simulator takes {@code auto}. */
    int numberOrAuto(String name, int otherwise, int auto) {
        return "auto".equalsIgnoreCase(text(name)) ? auto : number(name, otherwise);
    }

    boolean flag(String name, boolean otherwise) {
        String value = text(name);
        if (value == null) return otherwise;
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw error(name + "=\"" + value + "\" is neither true nor false");
    }

    Verb.Hook hook(String urlName, String methodName) {
        String url = text(urlName);
        if (url != null) absoluteUrl(url, urlName);
        return new Verb.Hook(url, method(methodName));
    }

    String method(String name) {
        String method = text(name, "POST").toUpperCase(Locale.ROOT);
        if (!method.equals("POST") && !method.equals("GET")) throw error(name + "=\"" + method + "\" is neither GET nor POST");
        return method;
    }

    String url(String name) {
        String url = text(name);
        return url == null ? null : absoluteUrl(url, name);
    }

    /** The element's text content, for elements that hold only text (Play, User, Redirect...). */
    String content() {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) throw error("may hold only text, not <" + n.getNodeName() + ">");
        }
        return element.getTextContent().trim();
    }

    String requiredContent(String what) {
        String text = content();
        if (text.isEmpty()) throw error("is empty: it needs " + what);
        return text;
    }

    String contentUrl() {
        return absoluteUrl(requiredContent("a URL"), "its URL");
    }

    /** Child elements; text between them must be blank. */
    List<Element> children() {
        List<Element> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) out.add((Element) n);
            else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                throw error("holds text where only elements may stand: \"" + n.getNodeValue().trim() + "\"");
            }
        }
        return out;
    }

    void mustBeEmpty() {
        if (!children().isEmpty()) throw error("must be empty, but holds <" + children().get(0).getTagName() + ">");
    }

    Unfollowable error(String problem) {
        return new Unfollowable("<" + name() + "> " + problem);
    }

    private String absoluteUrl(String url, String what) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return url;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw error(what + " \"" + url + "\" is not an absolute http(s) URL");
    }
}
