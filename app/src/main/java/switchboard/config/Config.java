package switchboard.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        NotifyConfig notifications,
        PlivoRest plivoRest,
        CallerConfig callers, Optional<String> calendarSecret,
        boolean simulator,
        Optional<String> metricsToken) {

    /** Talking to Plivo's REST API: where it is, how long to wait, and what runs on it. */
    public record PlivoRest(String apiUrl, Duration timeout, Optional<Duration> reconcileEvery,
                            boolean transcribeVoicemail) {}

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]");

    public static Config fromEnv(Map<String, String> env) {
        int port = port(env);
        Optional<String> databaseUrl = value(env, "DATABASE_URL");
        databaseUrl.ifPresent(DatabaseUrl::toJdbc); // fail early, naming the variable
        Optional<String> authId = value(env, "PLIVO_AUTH_ID");
        Optional<String> authToken = value(env, "PLIVO_AUTH_TOKEN");
        NotifyConfig notifications = NotifyConfig.fromEnv(env);
        return new Config(
                port,
                databaseUrl,
                Path.of(value(env, "SWITCHBOARD_DATA_DIR").orElse(".switchboard")),
                publicUrl(env, port),
                authId,
                authToken,
                verifySignatures(env),
                value(env, "API_TOKEN"),
                notifications,
                plivoRest(env, authId.isPresent() && authToken.isPresent()),
                CallerConfig.fromEnv(env, notifications),
                calendarSecret(env),
                simulator(env, databaseUrl.isEmpty()),
                metricsToken(env));
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, dataDir, publicUrl, plivoAuthId, plivoAuthToken, verifySignatures, apiToken,
                notifications, plivoRest, callers, calendarSecret, simulator, metricsToken);
    }

    /** PUBLIC_URL names this machine: Plivo cannot reach it (fine for local work and the simulator). */
    public boolean publicUrlIsLocal() {
        return LOCAL_HOSTS.contains(URI.create(publicUrl).getHost().toLowerCase(Locale.ROOT));
    }

    /** The key the rota's calendar feed URLs are signed with (CALENDAR_SECRET); without it the feeds are off. */
    private static Optional<String> calendarSecret(Map<String, String> env) {
        Optional<String> secret = value(env, "CALENDAR_SECRET");
        if (secret.isPresent() && secret.get().length() < NotifyConfig.MIN_SECRET_LENGTH) {
            throw new BadSetting("CALENDAR_SECRET", "must be at least " + NotifyConfig.MIN_SECRET_LENGTH
                    + " characters (try: openssl rand -hex 32)");
        }
        return secret;
    }

    /** A scraper's secret: long enough not to be guessed. */
    private static Optional<String> metricsToken(Map<String, String> env) {
        Optional<String> token = value(env, "METRICS_TOKEN");
        if (token.isPresent() && token.get().length() < 16) throw new BadSetting("METRICS_TOKEN", "must be at least 16 characters");
        return token;
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int port(Map<String, String> env) {
        String raw = value(env, "PORT").orElse("8080");
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) throw new BadSetting("PORT", "must be 0-65535, got " + raw);
            return port;
        } catch (NumberFormatException e) {
            throw new BadSetting("PORT", "must be a number, got '" + raw + "'");
        }
    }

    private static String publicUrl(Map<String, String> env, int port) {
        return baseUrl(env, "PUBLIC_URL", "http://localhost:" + port, "https://abc.ngrok.app");
    }

    /** An http(s) URL without query or fragment, with no trailing slash. */
    private static String baseUrl(Map<String, String> env, String variable, String fallback, String example) {
        String raw = value(env, variable).orElse(fallback);
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new BadSetting(variable, "must be an http(s) URL such as " + example + ", got '" + raw + "'");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new BadSetting(variable, "must not have a query or fragment, got '" + raw + "'");
            }
        } catch (URISyntaxException e) {
            throw new BadSetting(variable, "is not a URL: '" + raw + "'");
        }
        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }

    private static PlivoRest plivoRest(Map<String, String> env, boolean hasCredentials) {
        String apiUrl = baseUrl(env, "PLIVO_API_URL", "https://api.plivo.com", "https://api.plivo.com");
        Duration timeout = duration(env, "PLIVO_API_TIMEOUT").orElse(Duration.ofSeconds(15));
        if (timeout.compareTo(Duration.ofMinutes(5)) > 0) throw new BadSetting("PLIVO_API_TIMEOUT", "must be at most 5m");
        Optional<Duration> reconcileEvery = duration(env, "RECONCILE_EVERY");
        if (reconcileEvery.isPresent() && !hasCredentials) {
            throw new BadSetting("RECONCILE_EVERY", "needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN to read Plivo's call records");
        }
        String transcription = value(env, "VOICEMAIL_TRANSCRIPTION").orElse("off").toLowerCase(Locale.ROOT);
        if (!transcription.equals("off") && !transcription.equals("auto")) {
            throw new BadSetting("VOICEMAIL_TRANSCRIPTION", "must be auto or off, got '" + transcription + "'");
        }
        return new PlivoRest(apiUrl, timeout, reconcileEvery, transcription.equals("auto"));
    }

    private static Optional<Duration> duration(Map<String, String> env, String variable) {
        Optional<String> raw = value(env, variable);
        if (raw.isEmpty()) return Optional.empty();
        return Optional.of(Durations.parse(raw.get())
                .orElseThrow(() -> new BadSetting(variable, "must be " + Durations.examples() + ", got '" + raw.get() + "'")));
    }

    /** The dashboard's "Try a call": on by default only with the embedded database (a local try-out, not production). */
    private static boolean simulator(Map<String, String> env, boolean embedded) {
        String raw = value(env, "SIMULATOR").orElse(embedded ? "on" : "off").toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new BadSetting("SIMULATOR", "must be on or off, got '" + raw + "'");
        };
    }

    private static boolean verifySignatures(Map<String, String> env) {
        String raw = value(env, "PLIVO_VERIFY_SIGNATURES").orElse("true").toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadSetting("PLIVO_VERIFY_SIGNATURES", "must be true or false, got '" + raw + "'");
        };
    }
}
