package switchboard.sip;

import java.util.Locale;

/**
 * Plivo sends SIP URIs in several spellings (scheme case, display names, URI parameters,
 * a missing "sip:"). Everything is stored and looked up in one canonical form.
 */
public final class SipUri {
    private SipUri() {}

    /** "Bob" <SIP:Bob@Phone.Plivo.com;transport=udp> becomes sip:bob@phone.plivo.com. */
    public static String normalize(String raw) {
        if (raw == null) return "";
        String s = raw.trim();
        int open = s.indexOf('<');
        int close = s.lastIndexOf('>');
        if (open >= 0 && close > open) s = s.substring(open + 1, close).trim();
        int params = s.indexOf(';');
        if (params >= 0) s = s.substring(0, params);
        int headers = s.indexOf('?');
        if (headers >= 0) s = s.substring(0, headers);
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("sips:")) s = s.substring(5);
        else if (s.startsWith("sip:")) s = s.substring(4);
        if (s.isEmpty()) return "";
        // A bare phone number (a DID) stays a number; anything with a user part is a SIP URI.
        return s.indexOf('@') >= 0 || !s.matches("\\+?[0-9]+") ? "sip:" + s : s;
    }

    /** True when the value is a SIP URI we can route to: sip:user@host. */
    public static boolean isValid(String raw) {
        String n = normalize(raw);
        return n.matches("sip:[a-z0-9._~!$&'()*+,=%-]+@[a-z0-9.-]+(:[0-9]{1,5})?");
    }
}
