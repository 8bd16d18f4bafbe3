package switchboard.calls;

/**
 * Who is calling, when a feature knows (the contacts, an outside lookup). Asked once per answer, before the answer's
 * transaction (an outside lookup must not hold the call's row lock); it must return within its own time budget and
 * never throw.
 */
public interface Callers {
    Callers NONE = from -> Caller.unknown(null);

    Caller identify(String from);

    /**
     * number: the caller as contacts match it (E.164, or a canonical SIP URI), null when unreadable. contactId, name,
     * company, url: who it is (source "contacts" or "lookup"), null when unknown. lookupFailure: why an outside lookup
     * gave no answer (timeout, HTTP 500...), null when it answered or was not asked.
     */
    record Caller(String number, Long contactId, String name, String company, String url, String source,
                  String lookupFailure) {
        public static final String CONTACTS = "contacts";
        public static final String LOOKUP = "lookup";

        public static Caller unknown(String number) {
            return new Caller(number, null, null, null, null, null, null);
        }

        public boolean known() {
            return name != null;
        }
    }
}
