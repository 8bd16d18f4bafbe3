package switchboard.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The user and password in a URL's user info (user:pass@host), percent-decoded; null when absent. */
record UrlCredentials(String user, String password) {

    static UrlCredentials of(URI uri) {
        if (uri.getRawUserInfo() == null) return new UrlCredentials(null, null);
        String[] parts = uri.getRawUserInfo().split(":", 2);
        return new UrlCredentials(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : null);
    }

    // Percent-decoding only: in a URL's user info '+' is a plus, not a space as in form data.
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UrlCredentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
