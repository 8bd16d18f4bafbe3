package switchboard.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where notifications go: SMTP_URL and MAIL_FROM for mails, WEBHOOK_URLS and WEBHOOK_SECRET for events. */
public record NotifyConfig(Optional<SmtpUrl> smtp, Optional<String> mailFrom, List<URI> webhookUrls,
                           Optional<String> webhookSecret) {
    static final int MIN_SECRET_LENGTH = 16;

    public static NotifyConfig none() {
        return new NotifyConfig(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    static NotifyConfig fromEnv(Map<String, String> env) {
        Optional<SmtpUrl> smtp = Config.value(env, "SMTP_URL").map(SmtpUrl::parse);
        Optional<String> mailFrom = Config.value(env, "MAIL_FROM").map(NotifyConfig::address);
        if (smtp.isPresent() && mailFrom.isEmpty()) {
            throw new BadSetting("MAIL_FROM", "is required when SMTP_URL is set (e.g. Switchboard <switchboard@example.com>)");
        }
        List<URI> urls = webhookUrls(Config.value(env, "WEBHOOK_URLS").orElse(""));
        Optional<String> secret = Config.value(env, "WEBHOOK_SECRET");
        if (!urls.isEmpty() && secret.isEmpty()) {
            throw new BadSetting("WEBHOOK_SECRET", "is required when WEBHOOK_URLS is set: receivers check signatures with it");
        }
        if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
            throw new BadSetting("WEBHOOK_SECRET", "must be at least " + MIN_SECRET_LENGTH
                    + " characters (try: openssl rand -hex 32)");
        }
        return new NotifyConfig(smtp, mailFrom, urls, secret);
    }

    private static String address(String raw) {
        try {
            new InternetAddress(raw, true).validate();
            return raw;
        } catch (AddressException e) {
            throw new BadSetting("MAIL_FROM", "must be a mail address like switchboard@example.com, got '" + raw + "'");
        }
    }

    private static List<URI> webhookUrls(String raw) {
        Set<URI> urls = new LinkedHashSet<>();
        String[] parts = raw.split(",");
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            if (s.isEmpty()) continue;
            // URLs can carry tokens: the message says which entry, not what it holds.
            String problem = "entry " + (i + 1) + " is not an http(s) URL such as https://hooks.example.com/switchboard";
            URI uri;
            try {
                uri = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new BadSetting("WEBHOOK_URLS", problem);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new BadSetting("WEBHOOK_URLS", problem);
            }
            urls.add(uri);
        }
        return List.copyOf(urls);
    }

    /** Safe to log: the secret is not shown. */
    @Override
    public String toString() {
        return "NotifyConfig[smtp=" + smtp + ", mailFrom=" + mailFrom + ", webhooks=" + webhookUrls.size()
                + ", webhookSecret=" + (webhookSecret.isPresent() ? "***" : "none") + "]";
    }
}
