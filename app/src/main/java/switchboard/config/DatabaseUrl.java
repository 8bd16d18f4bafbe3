package switchboard.config;

import java.net.URI;

/** Turns Heroku's postgres://user:pass@host:port/db into a JDBC URL; jdbc:postgresql: passes through. */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static DatabaseUrl toJdbc(String raw) {
        if (raw.startsWith("jdbc:postgresql:")) return new DatabaseUrl(raw, null, null);
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new BadSetting("DATABASE_URL", "is not a URL (expected postgres://user:pass@host:port/db)");
        }
        String scheme = uri.getScheme();
        if (!"postgres".equals(scheme) && !"postgresql".equals(scheme) || uri.getHost() == null) {
            throw new BadSetting("DATABASE_URL", "expected postgres://user:pass@host:port/db or jdbc:postgresql:...");
        }
        String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : uri.getRawPath().substring(1);
        if (db.isEmpty()) throw new BadSetting("DATABASE_URL", "names no database (the /db part)");
        UrlCredentials credentials = UrlCredentials.of(uri);
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        // Heroku Postgres requires TLS; a local postgres:// URL usually has none.
        String query = uri.getRawQuery() != null ? uri.getRawQuery()
                : isLocal(uri.getHost()) ? "" : "sslmode=require";
        String jdbc = "jdbc:postgresql://" + uri.getHost() + port + "/" + db + (query.isEmpty() ? "" : "?" + query);
        return new DatabaseUrl(jdbc, credentials.user(), credentials.password());
    }

    private static boolean isLocal(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
