package switchboard;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** SMTP_URL: smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
public record SmtpUrl(String host, int port, boolean tls, String user, String password) {
    private static final String EXPECTED = "expected smtp://user:pass@host:port or smtps://user:pass@host:port";

    /** Messages never repeat the value: it holds a password. */
    static SmtpUrl parse(String raw) {
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new Config.Invalid("SMTP_URL", "is not a URL (" + EXPECTED + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) throw new Config.Invalid("SMTP_URL", EXPECTED);
        if (uri.getHost() == null) throw new Config.Invalid("SMTP_URL", "names no host (" + EXPECTED + ")");
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null) {
            throw new Config.Invalid("SMTP_URL", "must not have a path or query (" + EXPECTED + ")");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new SmtpUrl(uri.getHost(), port, tls, user, password);
    }

    // Percent-decoding only: in a URL's user info '+' is a plus, not a space as in form data.
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Safe to log. */
    @Override
    public String toString() {
        return (tls ? "smtps://" : "smtp://") + (user == null ? "" : user + ":***@") + host + ":" + port;
    }
}
