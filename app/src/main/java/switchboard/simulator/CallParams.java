package switchboard.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The parameters Plivo sends about this call, by its names (see the protocol notes). Every id the simulator makes
 * starts with {@code sim-}: Plivo's ids are bare UUIDs, so a simulated call can always be told from a real one
 * (and only someone holding the auth token can sign a request about it).
 */
final class CallParams {
    private static final DateTimeFormatter PLIVO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final String callUuid = newId();
    private final String requestUuid = newId();
    private final String from;
    private final String to;
    private final String callerName;
    private final Instant start = Instant.now();

    CallParams(String from, String to, String callerName) {
        this.from = from;
        this.to = to;
        this.callerName = callerName;
    }

    static String newId() {
        return Simulator.CALL_UUID_PREFIX + UUID.randomUUID();
    }

    String from() {
        return from;
    }

    /** What every request about the call carries. */
    Map<String, String> call(String callStatus, String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallUUID", callUuid);
        p.put("RequestUUID", requestUuid);
        p.put("From", from);
        p.put("To", to);
        p.put("Direction", "inbound");
        p.put("CallStatus", callStatus);
        if (callerName != null && !callerName.isBlank()) p.put("CallerName", callerName);
        for (int i = 0; i < more.length; i += 2) p.put(more[i], more[i + 1]);
        return p;
    }

    Map<String, String> answer() {
        return call("ringing", "Event", "StartApp", "SessionStart", time(0));
    }

    /** The hangup_url's: {@code seconds} since the call came in, {@code billed} since it was answered (-1: never). */
    Map<String, String> hangup(long seconds, long answeredAt, Ending ending) {
        Map<String, String> p = call("completed", "Event", "Hangup", "Duration", Long.toString(seconds),
                "BillDuration", Long.toString(answeredAt < 0 ? 0 : seconds - answeredAt),
                "HangupCauseName", ending.cause(), "HangupSource", ending.source(),
                "StartTime", time(0), "EndTime", time(seconds));
        if (ending.code() != null) p.put("HangupCauseCode", ending.code());
        if (answeredAt >= 0) p.put("AnswerTime", time(answeredAt));
        return p;
    }

    /** A simulated moment as Plivo writes times (UTC): the call's start plus {@code seconds}. */
    String time(long seconds) {
        return PLIVO_TIME.format(start.plusSeconds(seconds));
    }

    long epochMillis(long seconds) {
        return start.plusSeconds(seconds).toEpochMilli();
    }
}
