package switchboard.menus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line's menu: the prompt (spoken text, or an audio URL), how long to wait for a key, how many times to ask again
 * after a timeout or an invalid key, what each key does, and where a caller who never chooses goes.
 */
public record Menu(long lineId, String prompt, String promptUrl, int timeoutSeconds, int retries, List<Option> options,
                   Target defaultTarget, Instant updatedAt) {
    public static final int TIMEOUT_SECONDS = 5;
    public static final int RETRIES = 2;

    /** Where a key (or the default) sends the call: this line's tiers, its voicemail, or another line. */
    public record Target(String kind, Long lineId) {
        public static final String TIERS = "tiers";
        public static final String VOICEMAIL = "voicemail";
        public static final String LINE = "line";
        public static final Target TO_TIERS = new Target(TIERS, null);
        public static final Target TO_VOICEMAIL = new Target(VOICEMAIL, null);

        public static Target line(long lineId) {
            return new Target(LINE, lineId);
        }

        public boolean isLine() {
            return LINE.equals(kind);
        }

        /** As the API writes a default target: "tiers", "voicemail" or the line's id. */
        Object json() {
            return isLine() ? lineId : kind;
        }
    }

    /** Pressing key (one of 0-9) goes to target. */
    public record Option(String key, Target target) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("target", target.kind());
            m.put("lineId", target.lineId());
            return m;
        }
    }

    public Optional<Option> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** The menu as the API shows it. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineId", lineId);
        m.put("prompt", prompt);
        m.put("promptUrl", promptUrl);
        m.put("timeoutSeconds", timeoutSeconds);
        m.put("retries", retries);
        m.put("options", options.stream().map(Option::json).toList());
        m.put("defaultTarget", defaultTarget.json());
        m.put("updatedAt", updatedAt);
        return m;
    }
}
