package switchboard.simulator;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** {@code <Dial>} and its {@code <User>} / {@code <Number>} targets. */
final class DialParser {
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int DEFAULT_TIME_LIMIT_SECONDS = 14_400;

    private DialParser() {}

    static Verb.Dial dial(XmlNode n) {
        List<Verb.Target> targets = new ArrayList<>();
        for (Element child : n.children()) {
            String name = child.getTagName();
            if (!name.equals("User") && !name.equals("Number")) {
                throw new Unfollowable((XmlElements.ATTRIBUTES.containsKey(name) ? "<" + name + "> may not stand"
                        : "unknown element <" + name + ">") + " in <Dial>");
            }
            XmlNode target = new XmlNode(child, XmlElements.ATTRIBUTES.get(name));
            target.flag("sendOnPreanswer", false);
            String address = target.requiredContent(name.equals("User") ? "a SIP URI" : "a phone number");
            if (name.equals("User") && !address.regionMatches(true, 0, "sip:", 0, 4)) {
                throw target.error("\"" + address + "\" is not a SIP URI (sip:...)");
            }
            if (name.equals("Number") && !address.matches("\\+?[0-9]{2,20}")) {
                throw target.error("\"" + address + "\" is not a phone number");
            }
            targets.add(new Verb.Target(name.equals("User"), address));
        }
        if (targets.isEmpty()) throw n.error("has neither <User> nor <Number>: nobody to ring");
        int timeout = n.number("timeout", DEFAULT_TIMEOUT_SECONDS);
        if (timeout == 0) throw n.error("timeout=\"0\": a Dial must ring for at least a second");
        String confirmKey = n.text("confirmKey");
        if (confirmKey != null && !confirmKey.matches("[0-9*#]")) throw n.error("confirmKey=\"" + confirmKey + "\" is not one key");
        n.flag("hangupOnStar", false);
        return new Verb.Dial(n.hook("action", "method"), n.flag("redirect", true), n.hook("callbackUrl", "callbackMethod"),
                timeout, n.number("timeLimit", DEFAULT_TIME_LIMIT_SECONDS), n.text("callerId"), n.text("callerName"),
                n.url("confirmSound"), confirmKey, List.copyOf(targets));
    }
}
