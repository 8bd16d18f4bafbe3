package switchboard.plivo.xml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny, fast writer for Plivo XML documents. Unlike plivo-java's builders it escapes every
 * attribute and text value and drops characters XML cannot carry, so any caller name or URL is safe.
 */
public final class Xml {
    private final StringBuilder out = new StringBuilder(512)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private final Deque<String> open = new ArrayDeque<>();

    public static Xml response() {
        return new Xml().start("Response");
    }

    /** Opens an element; attrs are name/value pairs, a null value leaves the attribute out. */
    public Xml start(String name, String... attrs) {
        tag(name, attrs);
        out.append('>');
        open.push(name);
        return this;
    }

    public Xml end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    public Xml empty(String name, String... attrs) {
        tag(name, attrs);
        out.append("/>");
        return this;
    }

    public Xml text(String name, String text, String... attrs) {
        tag(name, attrs);
        out.append('>');
        escape(text);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Closes whatever is still open and returns the document. */
    public String render() {
        while (!open.isEmpty()) end();
        return out.toString();
    }

    private void tag(String name, String[] attrs) {
        if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        out.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            out.append(' ').append(attrs[i]).append("=\"");
            escape(attrs[i + 1]);
            out.append('"');
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // As references, so a parser reads them back instead of folding them to spaces.
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (allowed(c)) out.append(c);
                    else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    }
                }
            }
        }
    }

    // XML 1.0 Char production, minus surrogates (handled as pairs above).
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
