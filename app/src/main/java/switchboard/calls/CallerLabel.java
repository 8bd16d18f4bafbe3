package switchboard.calls;

/** How people read a caller: the name Plivo gave, and the number or the SIP user rather than the whole URI. */
public final class CallerLabel {
    private CallerLabel() {}

    /** "sip:alice@phone.plivo.com" is "alice"; "+4930123456" stays; empty is "unknown caller". */
    public static String address(String from) {
        if (from == null || from.isBlank()) return "unknown caller";
        String s = from.trim();
        if (s.regionMatches(true, 0, "sip:", 0, 4)) s = s.substring(4);
        int at = s.indexOf('@');
        return at > 0 ? s.substring(0, at) : s;
    }

    /** The caller's name with their address, or the address alone. */
    public static String display(String from, String callerName) {
        if (callerName == null || callerName.isBlank()) return address(from);
        return callerName.trim() + " (" + address(from) + ")";
    }
}
