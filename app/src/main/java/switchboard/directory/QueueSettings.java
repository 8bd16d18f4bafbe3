package switchboard.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import switchboard.routing.QueueRules;
import switchboard.web.JsonBody;

/**
 * The "queue" object of a line's JSON. Fields left out keep the line's current values, so a PATCH of
 * {"queue": {"enabled": true}} changes only that; a key or holdMusicUrl given as null is turned off.
 */
final class QueueSettings {
    static final Set<String> FIELDS = Set.of("enabled", "maxWaitSeconds", "maxCallers", "announceEverySeconds",
            "holdMusicUrl", "voicemailKey", "callbackKey", "retrySeconds");
    private static final Set<String> KEYS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");
    private static final int MAX_ANNOUNCEMENTS = 60; // Plivo refuses a call's 71st transfer

    private QueueSettings() {}

    static QueueRules read(JsonBody line, QueueRules base) {
        JsonBody q = line.object("queue", FIELDS);
        if (q == null) return base;
        Boolean enabled = q.has("enabled") ? q.bool("enabled", true) : Boolean.valueOf(base.enabled());
        Integer maxWait = number(q, "maxWaitSeconds", 30, 7200, base.maxWaitSeconds());
        Integer maxCallers = number(q, "maxCallers", 1, 500, base.maxCallers());
        Integer every = number(q, "announceEverySeconds", 15, 300, base.announceEverySeconds());
        String music = q.has("holdMusicUrl") ? url(q, "holdMusicUrl") : base.holdMusicUrl();
        String voicemailKey = q.has("voicemailKey") ? q.oneOf("voicemailKey", false, KEYS) : base.voicemailKey();
        String callbackKey = q.has("callbackKey") ? q.oneOf("callbackKey", false, KEYS) : base.callbackKey();
        Integer retry = number(q, "retrySeconds", 0, 3600, base.retrySeconds());
        if (voicemailKey != null && voicemailKey.equals(callbackKey)) q.error("callbackKey", "must differ from voicemailKey");
        if (maxWait != null && every != null && maxWait > every * MAX_ANNOUNCEMENTS) {
            q.error("maxWaitSeconds", "must be at most " + MAX_ANNOUNCEMENTS + " announcements long: at most "
                    + every * MAX_ANNOUNCEMENTS + " with announceEverySeconds " + every);
        }
        if (enabled == null || maxWait == null || maxCallers == null || every == null || retry == null) return base; // errors named
        return new QueueRules(enabled, maxWait, maxCallers, every, music, voicemailKey, callbackKey, retry);
    }

    /** The field's value, or the current one when it is left out; null (named in q's errors) when bad. */
    private static Integer number(JsonBody q, String field, int min, int max, int current) {
        return q.has(field) ? q.integer(field, true, min, max) : Integer.valueOf(current);
    }

    private static String url(JsonBody q, String field) {
        String url = q.text(field, false, 2000);
        if (url == null) return null;
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // named below
        }
        q.error(field, "must be an http(s) URL of an MP3 or WAV file");
        return null;
    }
}
