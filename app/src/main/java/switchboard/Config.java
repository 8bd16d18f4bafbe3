package switchboard;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything Switchboard reads from the environment, validated once at start-up. */
public record Config(
        int port,
        Optional<String> databaseUrl,
        Path dataDir,
        String publicUrl,
        Optional<String> plivoAuthId,
        Optional<String> plivoAuthToken,
        boolean verifySignatures,
        Optional<String> apiToken,
        NotifyConfig notifications) {

    /** A bad setting: the message names the variable, so start-up can stop with it. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String variable, String problem) {
            super(variable + ": " + problem);
        }
    }

    public static Config fromEnv(Map<String, String> env) {
        int port = port(env);
        Optional<String> databaseUrl = value(env, "DATABASE_URL");
        databaseUrl.ifPresent(DatabaseUrl::toJdbc); // fail early, naming the variable
        return new Config(
                port,
                databaseUrl,
                Path.of(value(env, "SWITCHBOARD_DATA_DIR").orElse(".switchboard")),
                publicUrl(env, port),
                value(env, "PLIVO_AUTH_ID"),
                value(env, "PLIVO_AUTH_TOKEN"),
                verifySignatures(env),
                value(env, "API_TOKEN"),
                NotifyConfig.fromEnv(env));
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, dataDir, publicUrl, plivoAuthId, plivoAuthToken, verifySignatures, apiToken, notifications);
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int port(Map<String, String> env) {
        String raw = value(env, "PORT").orElse("8080");
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) throw new Invalid("PORT", "must be 0-65535, got " + raw);
            return port;
        } catch (NumberFormatException e) {
            throw new Invalid("PORT", "must be a number, got '" + raw + "'");
        }
    }

    private static String publicUrl(Map<String, String> env, int port) {
        String raw = value(env, "PUBLIC_URL").orElse("http://localhost:" + port);
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new Invalid("PUBLIC_URL", "must be an http(s) URL such as https://abc.ngrok.app, got '" + raw + "'");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new Invalid("PUBLIC_URL", "must not have a query or fragment, got '" + raw + "'");
            }
        } catch (URISyntaxException e) {
            throw new Invalid("PUBLIC_URL", "is not a URL: '" + raw + "'");
        }
        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }

    private static boolean verifySignatures(Map<String, String> env) {
        String raw = value(env, "PLIVO_VERIFY_SIGNATURES").orElse("true").toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new Invalid("PLIVO_VERIFY_SIGNATURES", "must be true or false, got '" + raw + "'");
        };
    }
}
