package switchboard.testing;

import java.util.List;
import java.util.Random;

/** What a hostile probe sends where a value belongs: broken text, formulas, markup, odd numbers and times. */
public final class HostileValues {
    public static final List<String> TEXT = List.of("", " ", "\u0000", "a\u0000b", "\r\n", "line\r\n2026-11-22 ERROR forged",
            "=HYPERLINK(\"http://evil.example/x\",\"click\")", "+1+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1",
            "<Dial>&amp;</Response>", "\"'><script>alert(1)</script>", "\uD83D\uDCDE call", "\uFFFD", "x".repeat(2048),
            "x".repeat(2049), "y".repeat(20_001), "%00", "%zz", "' or 1=1 --", "\\", "\t", "null", "[]", "{}",
            "../../etc/passwd", "sip:", "sip:@", "SIP:SALES@PHONE.PLIVO.COM;transport=udp", "sip:sales@phone.plivo.com",
            "sip:jane-mobile@phone.plivo.com", "+4930123456", "\u202Egnp.exe", "\u2028");
    public static final List<String> NUMBERS = List.of("0", "7", "12.0", "12.5", "-5", "Infinity", "NaN", "2147483647",
            "2147483648", "9223372036854775808", "0x1p3", "1e3", "+3", " 4 ", "", "007", "١٢");
    public static final List<String> TIMES = List.of("2026-11-22 09:00:00", "2026-11-22T09:00:00Z", "99999-01-01 00:00:00",
            "+999999999-12-31T23:59:59Z", "-0001-01-01T00:00:00Z", "2026-13-45 99:99:99", "0000-00-00 00:00:00", "now");
    public static final List<String> RAW_FORM_TAILS = List.of("&%zz=1", "&From=%E9%ZZ", "&=", "&&&", "%", "&Direction",
            "&To=%C0%80", "&CallUUID=%2", "&x=%ED%A0%80");

    private final Random random;

    public HostileValues(Random random) {
        this.random = random;
    }

    public String text() {
        return pick(TEXT);
    }

    public String number() {
        return pick(NUMBERS);
    }

    public String time() {
        return pick(TIMES);
    }

    /** A plausible value most of the time, a hostile one otherwise. */
    public String mostly(String plausible, double hostileShare, List<String> hostile) {
        return random.nextDouble() < hostileShare ? pick(hostile) : plausible;
    }

    public <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
