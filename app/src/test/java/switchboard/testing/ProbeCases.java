package switchboard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import switchboard.calls.CallStatus;
import switchboard.plivo.SignatureV3;
import switchboard.web.FormData;
import switchboard.web.TextInput;

/**
 * The hostile probe's requests, all decided by one Random: webhooks (signed, forged, unsigned; POST or GET; broken
 * encodings and values) and API requests (each key, hostile ids, queries and JSON), as raw HTTP.
 */
public final class ProbeCases {
    /** One request; trusted: a webhook signed as Plivo signs, or an API request; answeredUuid: the CallUUID an answer logs. */
    public record Case(String label, String head, byte[] body, boolean webhook, boolean trusted, boolean xml,
                       String answeredUuid) {}

    private record Hook(String path, boolean xml, List<String> extra) {}

    private static final List<Hook> HOOKS = List.of(
            new Hook("/plivo/answer", true, List.of("CallStatus", "Direction", "Event", "CallerName")),
            new Hook("/plivo/fallback", true, List.of("CallStatus", "Direction")),
            new Hook("/plivo/dial/{step}/action", true, List.of("DialStatus", "DialHangupCause", "DialBLegUUID", "DialRingStatus")),
            new Hook("/plivo/dial/{step}/callback", false, List.of("DialAction", "DialBLegTo", "DialBLegUUID",
                    "DialBLegDuration", "DialBLegHangupCauseName")),
            new Hook("/plivo/voicemail/action", true, List.of("RecordUrl", "RecordingID", "RecordingDuration", "RecordingDurationMs")),
            new Hook("/plivo/voicemail/callback", false, List.of("RecordUrl", "RecordingID", "RecordingDuration", "RecordingDurationMs")),
            new Hook("/plivo/hangup", false, List.of("Duration", "BillDuration", "HangupCauseName", "HangupCause",
                    "HangupSource", "EndTime")),
            new Hook("/plivo/voicemail/transcription", false, List.of("call_uuid", "recording_id", "transcription", "error")),
            new Hook("/plivo/calls/{id}/escalated/{step}", true, List.of("CallStatus")));
    private static final List<String> LINES = List.of("sip:sales@phone.plivo.com", "sip:support@phone.plivo.com",
            "sip:main-office@phone.plivo.com", "sip:nobody@phone.plivo.com");
    private static final List<String> APPS = List.of("sip:jane-mobile@phone.plivo.com", "sip:peter-desktop@phone.plivo.com",
            "sip:luke-mobile@phone.plivo.com", "sip:stranger@phone.plivo.com");
    private static final List<String> IDS = List.of("1", "2", "3", "4", "7", "999999", "0", "-1", "abc", "9223372036854775808",
            "%00", "1%zz", "1.5", "%20");
    private static final List<String> QUERY = List.of("limit", "cursor", "status", "lineId", "callUuid", "userId", "from",
            "since", "until", "assigneeId", "bogus");
    private static final List<String> FIELDS = List.of("name", "title", "email", "status", "reason", "maxConcurrentCalls",
            "timeZone", "workingHours", "label", "sipUri", "voicemailPrompt", "ringTimeoutSeconds", "wrapUpSeconds",
            "missedCallsBeforeAway", "businessHours", "closures", "closedMessage", "maxRingSeconds", "tiers", "userIds",
            "strategy", "lineId", "from", "assigneeId", "note", "text", "tier", "bogus");
    private static final List<String> RAW_JSON = List.of("", "{", "[]", "\"text\"", "{\"name\":\"Junk\"} }}}garbage",
            "{\"name\": \"a\\ud800b\"}", "{\"name\": \"a\\u0000b\"}", "{\"name\": \"a\", \"name\": \"b\"}", "{\"n\": 1e999999}",
            "[".repeat(5000) + "]".repeat(5000), "{\"name\": \"" + "z".repeat(200_000) + "\"}", "null", "{\"tiers\": [null]}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final HostileValues hostile;
    private final String publicUrl;
    private final SignatureV3 plivo;
    private final SignatureV3 stranger = new SignatureV3("not-the-token");
    private final List<String> keys;
    private final List<String> calls = new ArrayList<>();
    private int n;

    public ProbeCases(Random random, String publicUrl, String authToken, String adminKey, String userKey) {
        this.random = random;
        this.hostile = new HostileValues(random);
        this.publicUrl = publicUrl;
        this.plivo = new SignatureV3(authToken);
        String admin = "Bearer " + adminKey, user = "Bearer " + userKey;
        this.keys = List.of(admin, admin, admin, admin, user, user, "Bearer sb_bogus", random.nextBoolean() ? "Basic YTpi" : "");
        for (int i = 0; i < 150; i++) calls.add(new UUID(random.nextLong(), random.nextLong()).toString());
    }

    public Case webhook() {
        Hook hook = hostile.pick(HOOKS);
        String path = hook.path().replace("{step}", hostile.mostly(Integer.toString(random.nextInt(3)), 0.1,
                List.of("abc", "-1", "99999", "1e3", "%00", "01"))).replace("{id}", hostile.mostly(Integer.toString(1 + random.nextInt(40)),
                0.1, IDS));
        Map<String, String> params = params(hook);
        String form = Http.encode(params) + (random.nextDouble() < 0.08 ? hostile.pick(HostileValues.RAW_FORM_TAILS) : "");
        boolean get = random.nextDouble() < 0.15;
        double trust = random.nextDouble();
        boolean trusted = trust < 0.7;
        String url = publicUrl + path + (get ? "?" + form : "");
        Map<String, List<String>> signed = get ? Map.of() : decoded(form);
        String nonce = Long.toString(random.nextLong() & Long.MAX_VALUE);
        String signature = trust < 0.7 ? sign(plivo, get ? "GET" : "POST", url, signed, nonce)
                : trust < 0.8 ? sign(stranger, get ? "GET" : "POST", url, signed, nonce)
                : trust < 0.85 ? sign(plivo, "POST", url, Map.of("CallUUID", List.of("other")), nonce) : null;
        List<String> headers = new ArrayList<>();
        if (signature != null) {
            headers.add("X-Plivo-Signature-V3: " + signature);
            headers.add("X-Plivo-Signature-V3-Nonce: " + (trust >= 0.8 && trust < 0.85 && random.nextBoolean() ? "other" : nonce));
        }
        byte[] body = get ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (!get) {
            headers.add("Content-Type: " + hostile.mostly("application/x-www-form-urlencoded", 0.1,
                    List.of("application/json", "text/plain; charset=UTF-8", "multipart/form-data; boundary=x", "")));
            headers.add("Content-Length: " + body.length);
        }
        String answered = null;
        if (trusted && hook.path().equals("/plivo/answer")) {
            Map<String, List<String>> sent = decoded(form);
            List<String> uuid = sent.get("CallUUID");
            answered = uuid == null ? null : TextInput.storable(uuid.get(0)).trim();
        }
        String label = "#" + (++n) + " " + (get ? "GET " : "POST ") + path + (trusted ? " signed" : " forged/unsigned");
        return new Case(label, RawHttp.head(get ? "GET" : "POST", path + (get ? "?" + form : ""),
                headers.stream().filter(h -> !h.endsWith(": ")).toArray(String[]::new)), body, true, trusted, hook.xml(), answered);
    }

    public Case api(List<String> routes) {
        String route = random.nextDouble() < 0.03 ? hostile.pick(List.of("GET /health", "GET /openapi.json", "GET /api/nope",
                "POST /plivo/nope", "DELETE /api/calls")) : hostile.pick(routes);
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replace("{id}", hostile.mostly(
                Integer.toString(1 + random.nextInt(12)), 0.3, IDS));
        StringBuilder query = new StringBuilder();
        if (random.nextDouble() < 0.4) {
            for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                query.append(i == 0 ? "?" : "&").append(hostile.pick(QUERY)).append('=').append(queryValue());
            }
        }
        List<String> headers = new ArrayList<>();
        String key = hostile.pick(keys);
        if (!key.isEmpty()) headers.add("Authorization: " + key);
        if (path.startsWith("/api/calls") && random.nextDouble() < 0.2) headers.add("Accept: text/csv");
        byte[] body = new byte[0];
        if (!method.equals("GET") && !method.equals("DELETE") || random.nextDouble() < 0.05) {
            body = (random.nextDouble() < 0.2 ? hostile.pick(RAW_JSON) : json()).getBytes(StandardCharsets.UTF_8);
            headers.add("Content-Type: application/json");
            headers.add("Content-Length: " + body.length);
        }
        return new Case("#" + (++n) + " " + method + " " + path + query, RawHttp.head(method, path + query,
                headers.toArray(String[]::new)), body, false, true, false, null);
    }

    private String queryValue() {
        if (random.nextDouble() < 0.5) {
            return encoded(hostile.pick(List.of("10", "none", "voicemail", "2026-11-01T00:00:00Z", "aWQ6Nw", "1")));
        }
        return hostile.pick(List.of("%zz", "%00", "%2", "x%E9", encoded(hostile.text()), "-1", "0", "201", "9223372036854775808"));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Map<String, String> params(Hook hook) {
        Map<String, String> p = new LinkedHashMap<>();
        String uuid = random.nextDouble() < 0.7 ? hostile.pick(calls) : new UUID(random.nextLong(), random.nextLong()).toString();
        if (hook.path().endsWith("transcription")) {
            p.put("call_uuid", hostile.mostly(uuid, 0.15, HostileValues.TEXT));
        } else {
            if (random.nextDouble() > 0.03) p.put("CallUUID", hostile.mostly(uuid, 0.1, HostileValues.TEXT));
            p.put("From", hostile.mostly("sip:caller-" + random.nextInt(50) + "@phone.plivo.com", 0.2, HostileValues.TEXT));
            if (random.nextDouble() > 0.03) p.put("To", hostile.mostly(hostile.pick(LINES), 0.15, HostileValues.TEXT));
        }
        for (String name : hook.extra()) {
            if (random.nextDouble() < 0.2) continue;
            p.put(name, hostile.mostly(plausible(name), 0.2, name.contains("Duration") ? HostileValues.NUMBERS
                    : name.endsWith("Time") ? HostileValues.TIMES : HostileValues.TEXT));
        }
        return p;
    }

    private String plausible(String name) {
        return switch (name) {
            case "DialStatus" -> hostile.pick(List.of("completed", "no-answer", "busy", "failed", "timeout", "cancel"));
            case "DialAction" -> hostile.pick(List.of("answer", "hangup", "connected", "digits"));
            case "DialBLegTo" -> hostile.pick(APPS);
            case "RecordUrl" -> "https://media.plivo.com/r/" + random.nextInt(1000) + ".mp3";
            case "EndTime" -> "2026-11-22 09:00:00";
            case "CallStatus" -> hostile.pick(List.of("ringing", "in-progress", "completed"));
            case "Direction" -> "inbound";
            case "transcription" -> "Please call me back";
            default -> name.contains("Duration") ? Integer.toString(random.nextInt(120)) : name.toLowerCase() + "-" + random.nextInt(9);
        };
    }

    private String json() {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0, count = random.nextInt(5); i < count; i++) object.put(hostile.pick(FIELDS), value(2));
        try {
            return JSON.writeValueAsString(object);
        } catch (Exception e) {
            return "{}";
        }
    }

    private Object value(int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> hostile.text();
            case 1 -> hostile.pick(List.of("available", "away", "ring-all", "sequential", "done", "MON", "09:00", "UTC"));
            case 2 -> hostile.pick(List.<Object>of(0, 1, 5, -1, 601, Integer.MAX_VALUE, Long.MAX_VALUE, 3.5, 1e300));
            case 3 -> random.nextBoolean();
            case 4 -> 1 + random.nextInt(10);
            case 5 -> null;
            case 6 -> java.util.Arrays.asList(value(depth - 1), value(depth - 1));
            default -> java.util.Collections.singletonMap(hostile.pick(List.of("day", "start", "end", "userIds", "strategy",
                    "date")), value(depth - 1));
        };
    }

    /** As the server decodes the form; what it cannot decode it refuses before the signature matters. */
    private static Map<String, List<String>> decoded(String form) {
        try {
            return FormData.parse(form);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static String sign(SignatureV3 signer, String method, String url, Map<String, List<String>> params, String nonce) {
        try {
            return signer.sign(method, url, params, nonce);
        } catch (RuntimeException e) {
            return "unsignable";
        }
    }
}
