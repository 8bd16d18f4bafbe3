package switchboard.rota;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar (RFC 5545) document of events: times in UTC, text escaped, lines folded at 75 octets (never inside a
 * UTF-8 character), CRLF line ends.
 */
final class Ics {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String description) {}

    private final StringBuilder out = new StringBuilder();

    private Ics() {}

    static String calendar(String name, List<Event> events) {
        Ics ics = new Ics();
        ics.line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", "-//Switchboard//Rota//EN")
                .line("CALSCALE", "GREGORIAN").line("X-WR-CALNAME", text(name)) // no METHOD: a feed, not an iTIP message
                .line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H").line("X-PUBLISHED-TTL", "PT1H");
        for (Event e : events) {
            ics.line("BEGIN", "VEVENT").line("UID", text(e.uid())).line("DTSTAMP", UTC.format(e.stamp()))
                    .line("DTSTART", UTC.format(e.start())).line("DTEND", UTC.format(e.end()))
                    .line("SUMMARY", text(e.summary())).line("DESCRIPTION", text(e.description()))
                    .line("TRANSP", "OPAQUE").line("END", "VEVENT");
        }
        return ics.line("END", "VCALENDAR").out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> { if (c >= 0x20 && c != 0x7f || c == '\t') s.append(c); }
            }
        }
        return s.toString();
    }

    private Ics line(String name, String value) {
        String line = name + ":" + value;
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the space that continues the line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }
}
