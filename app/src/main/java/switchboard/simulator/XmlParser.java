package switchboard.simulator;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Plivo XML document into verbs, strictly: an element or attribute it does not know, a misplaced element
 * or a malformed value is an {@link Unfollowable} naming it, never skipped. Defaults are Plivo's.
 */
final class XmlParser {
    private XmlParser() {}

    /** A whole document: {@code <Response>} and its verbs. */
    static List<Verb> document(String xml) {
        Element root = parse(xml);
        if (!root.getTagName().equals("Response")) {
            throw new Unfollowable("the document's root is <" + root.getTagName() + ">, not <Response>");
        }
        return verbs(new XmlNode(root, Set.of()), XmlElements.VERBS);
    }

    /** A document of prompts only (a Dial's confirmSound, a Conference's waitSound): Speak, Play, Wait. */
    static List<Verb> prompts(String xml, String what) {
        try {
            Element root = parse(xml);
            if (!root.getTagName().equals("Response")) throw new Unfollowable("the document's root is <" + root.getTagName() + ">, not <Response>");
            return verbs(new XmlNode(root, Set.of()), XmlElements.PROMPTS);
        } catch (Unfollowable e) {
            throw new Unfollowable(what + ": " + e.getMessage());
        }
    }

    private static List<Verb> verbs(XmlNode parent, Set<String> allowed) {
        List<Verb> out = new ArrayList<>();
        for (Element child : parent.children()) {
            String name = child.getTagName();
            if (XmlElements.NOT_FOLLOWED.contains(name)) {
                throw new Unfollowable("<" + name + "> is Plivo XML the simulator does not follow");
            }
            if (!XmlElements.ATTRIBUTES.containsKey(name)) {
                throw new Unfollowable("unknown element <" + name + "> in <" + parent.name() + ">");
            }
            if (!allowed.contains(name)) throw new Unfollowable("<" + name + "> may not stand in <" + parent.name() + ">");
            out.add(verb(new XmlNode(child, XmlElements.ATTRIBUTES.get(name)), child));
        }
        return out;
    }

    private static Verb verb(XmlNode n, Element e) {
        return switch (n.name()) {
            case "Speak" -> new Verb.Speak(SpeakText.of(n, e), n.number("loop", 1));
            case "Play" -> new Verb.Play(n.contentUrl(), n.number("loop", 1));
            case "Wait" -> wait(n);
            case "Dial" -> DialParser.dial(n);
            case "Record" -> record(n);
            case "GetDigits", "GetInput" -> InputParser.input(n, verbs(n, XmlElements.PROMPTS));
            case "Redirect" -> new Verb.Redirect(new Verb.Hook(n.contentUrl(), n.method("method")));
            case "Conference" -> new Verb.Conference(n.requiredContent("the conference's name"),
                    n.hook("action", "method"), n.flag("redirect", true), n.hook("callbackUrl", "callbackMethod"),
                    n.url("waitSound"), n.number("timeLimit", 0));
            case "Hangup" -> hangup(n);
            case "PreAnswer" -> new Verb.PreAnswer(verbs(n, XmlElements.PROMPTS));
            default -> throw new IllegalStateException("no reader for " + n.name());
        };
    }

    private static Verb wait(XmlNode n) {
        n.mustBeEmpty();
        return new Verb.Wait(n.number("length", 1), n.flag("silence", false), n.number("minSilence", 2000));
    }

    private static Verb record(XmlNode n) {
        n.mustBeEmpty();
        if (n.flag("recordSession", false)) throw n.error("recordSession=\"true\": the simulator does not follow session recording");
        if (n.flag("startOnDialAnswer", false)) throw n.error("startOnDialAnswer=\"true\": the simulator does not follow session recording");
        String format = n.text("fileFormat", "mp3").toLowerCase(Locale.ROOT);
        if (!format.equals("mp3") && !format.equals("wav")) throw n.error("fileFormat=\"" + format + "\" is neither mp3 nor wav");
        String transcriptionUrl = n.url("transcriptionUrl");
        Verb.Hook transcription = transcriptionUrl == null ? new Verb.Hook(null, "POST")
                : n.hook("transcriptionUrl", "transcriptionMethod");
        return new Verb.Record(n.hook("action", "method"), n.flag("redirect", true), n.hook("callbackUrl", "callbackMethod"),
                transcription, n.number("maxLength", 60), n.number("timeout", 15), n.text("finishOnKey", "#"),
                n.flag("playBeep", true), format);
    }

    private static Verb hangup(XmlNode n) {
        n.mustBeEmpty();
        String reason = n.text("reason");
        if (reason != null && !reason.equals("rejected") && !reason.equals("busy")) {
            throw n.error("reason=\"" + reason + "\" is neither rejected nor busy");
        }
        return new Verb.Hangup(reason, n.number("schedule", 0));
    }

    private static Element parse(String xml) {
        if (xml == null || xml.isBlank()) throw new Unfollowable("the server answered an empty body instead of XML");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no entities, no XXE
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(false);
            f.setCoalescing(true);
            f.setIgnoringComments(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed
            Node root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return (Element) root;
        } catch (org.xml.sax.SAXException e) {
            throw new Unfollowable("the server answered XML that does not parse: " + e.getMessage());
        } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
