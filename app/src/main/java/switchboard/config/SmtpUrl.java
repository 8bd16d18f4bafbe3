package switchboard.config;

import java.net.URI;
import java.util.Locale;

/** SMTP_URL: smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
public record SmtpUrl(String host, int port, boolean tls, String user, String password) {
    private static final String EXPECTED = "expected smtp://user:pass@host:port or smtps://user:pass@host:port";

    /** Messages never repeat the value: it holds a password. */
    static SmtpUrl parse(String raw) {
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new BadSetting("SMTP_URL", "is not a URL (" + EXPECTED + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) throw new BadSetting("SMTP_URL", EXPECTED);
        if (uri.getHost() == null) throw new BadSetting("SMTP_URL", "names no host (" + EXPECTED + ")");
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null) {
            throw new BadSetting("SMTP_URL", "must not have a path or query (" + EXPECTED + ")");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        UrlCredentials credentials = UrlCredentials.of(uri);
        return new SmtpUrl(uri.getHost(), port, tls, credentials.user(), credentials.password());
    }

    /** Safe to log. */
    @Override
    public String toString() {
        return (tls ? "smtps://" : "smtp://") + (user == null ? "" : user + ":***@") + host + ":" + port;
    }
}
