package switchboard.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import switchboard.sip.SipUri;

/**
 * One spelling per caller, so "+33 1 23 45 67 89", "0123456789" (DEFAULT_REGION FR), "33123456789" (Plivo's From)
 * and "sip:+33123456789@phone.plivo.com" are the same key, +33123456789. A SIP URI whose user part is not a number
 * stays itself, in its canonical form.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String NUMBER_LIKE = "\\+?[0-9][0-9 ().\\-/]{2,30}";
    /** Callers who hide their number: never a key (nobody would be "the same caller" as another anonymous one). */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("anonymous", "restricted", "unknown", "unavailable",
            "private", "withheld");

    private final String region; // null: numbers need their country code

    public PhoneNumbers(Optional<String> defaultRegion) {
        this.region = defaultRegion.orElse(null);
    }

    /** A contact's number as given: the key it is stored under, or why it is refused. */
    public record Parsed(String key, String problem) {}

    public Parsed parse(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (isSip(s)) {
            String sip = SipUri.normalize(s);
            Optional<String> number = userNumber(sip).flatMap(this::valid);
            if (number.isPresent()) return new Parsed(number.get(), null);
            return SipUri.isValid(sip) ? new Parsed(sip, null)
                    : new Parsed(null, "is neither a phone number nor a SIP URI like sip:alice@phone.plivo.com");
        }
        if (!s.matches(NUMBER_LIKE)) return new Parsed(null, "is not a phone number");
        // As written, or national in the default region; a missing "+" is guessed only for callers and SIP user parts.
        return e164(s, s.startsWith("+") ? null : region).map(k -> new Parsed(k, null)).orElseGet(() -> new Parsed(null, region == null && !s.startsWith("+")
                ? "needs its country code (+33...), or set DEFAULT_REGION to read national numbers"
                : "is not a valid phone number" + (region == null ? "" : " (national numbers are read as " + region + ")")));
    }

    /** The key a caller (Plivo's From) is looked up by; null when there is nothing to look up (no number, a hidden one). */
    public String callerKey(String from) {
        String s = from == null ? "" : from.trim();
        if (s.isEmpty()) return null;
        if (isSip(s)) {
            String sip = SipUri.normalize(s);
            Optional<String> number = userNumber(sip);
            if (number.isPresent()) return valid(number.get()).orElse(number.get().replaceAll("[^+0-9]", ""));
            String user = sip.startsWith("sip:") && sip.indexOf('@') > 4 ? sip.substring(4, sip.indexOf('@')) : "";
            return SipUri.isValid(sip) && !HIDDEN.contains(user) ? sip : null;
        }
        return s.matches(NUMBER_LIKE) ? valid(s).orElse(s.replaceAll("[^+0-9]", "")) : null;
    }

    /** E.164 when the text is a valid number: as written, with the default region, or with a missing "+" added. */
    private Optional<String> valid(String text) {
        Optional<String> asWritten = e164(text, text.startsWith("+") ? null : region);
        if (asWritten.isPresent() || text.startsWith("+")) return asWritten;
        return e164("+" + text, null);
    }

    private static Optional<String> e164(String text, String region) {
        if (region == null && !text.startsWith("+")) return Optional.empty();
        try {
            PhoneNumber n = UTIL.parse(text, region);
            return UTIL.isValidNumber(n) ? Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isSip(String s) {
        return s.regionMatches(true, 0, "sip:", 0, 4) || s.regionMatches(true, 0, "sips:", 0, 5) || s.indexOf('@') >= 0
                || s.indexOf('<') >= 0;
    }

    /** The user part of a canonical SIP URI, when it reads as a phone number. */
    private static Optional<String> userNumber(String sip) {
        int at = sip.indexOf('@');
        String user = sip.startsWith("sip:") && at > 4 ? sip.substring(4, at) : sip.startsWith("sip:") ? sip.substring(4) : sip;
        return user.matches(NUMBER_LIKE) ? Optional.of(user) : Optional.empty();
    }
}
