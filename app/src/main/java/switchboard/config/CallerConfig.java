package switchboard.config;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Knowing callers: DEFAULT_REGION reads national numbers ("01 23 45 67 89" in FR); CALLER_LOOKUP_URL asks an outside
 * service about callers the contacts do not know, within CALLER_LOOKUP_TIMEOUT, signed with WEBHOOK_SECRET.
 */
public record CallerConfig(Optional<String> defaultRegion, Optional<URI> lookupUrl, Duration lookupTimeout,
                           Optional<String> lookupSecret) {
    static final Duration LOOKUP_TIMEOUT = Duration.ofMillis(300);
    private static final Duration MAX_LOOKUP_TIMEOUT = Duration.ofSeconds(2);

    public static CallerConfig none() {
        return new CallerConfig(Optional.empty(), Optional.empty(), LOOKUP_TIMEOUT, Optional.empty());
    }

    static CallerConfig fromEnv(Map<String, String> env, NotifyConfig notify) {
        Optional<String> region = Config.value(env, "DEFAULT_REGION").map(r -> r.toUpperCase(Locale.ROOT));
        if (region.isPresent() && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region.get())) {
            throw new BadSetting("DEFAULT_REGION", "must be a two-letter country code such as FR, GB or US, got '"
                    + region.get() + "'");
        }
        Optional<URI> url = Config.value(env, "CALLER_LOOKUP_URL").map(CallerConfig::url);
        Duration timeout = Config.value(env, "CALLER_LOOKUP_TIMEOUT").map(raw -> Durations.parse(raw)
                .filter(d -> d.compareTo(MAX_LOOKUP_TIMEOUT) <= 0)
                .orElseThrow(() -> new BadSetting("CALLER_LOOKUP_TIMEOUT", "must be a duration of at most 2s, such as 300ms,"
                        + " got '" + raw + "'"))).orElse(LOOKUP_TIMEOUT);
        if (url.isPresent() && notify.webhookSecret().isEmpty()) {
            throw new BadSetting("CALLER_LOOKUP_URL", "needs WEBHOOK_SECRET: lookups are signed with it, as the outgoing webhooks");
        }
        return new CallerConfig(region, url, timeout, url.isPresent() ? notify.webhookSecret() : Optional.empty());
    }

    private static URI url(String raw) {
        // URLs can carry tokens: the message does not repeat it.
        String problem = "must be an http(s) URL such as https://crm.example.com/switchboard/caller";
        try {
            URI uri = URI.create(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawFragment() != null) {
                throw new BadSetting("CALLER_LOOKUP_URL", problem);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BadSetting("CALLER_LOOKUP_URL", problem);
        }
    }

    /** Safe to log: neither the URL (it may hold a token) nor the secret. */
    @Override
    public String toString() {
        return "CallerConfig[defaultRegion=" + defaultRegion + ", lookup=" + (lookupUrl.isPresent() ? "on" : "off")
                + ", lookupTimeout=" + lookupTimeout + "]";
    }
}
