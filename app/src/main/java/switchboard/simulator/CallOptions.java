package switchboard.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the simulated call goes: the line called, who calls, who picks up and what the caller does.
 * Read from the command line or a scenario file by {@link #of}, which names any bad value.
 *
 * @param voicemailSeconds the message left at a Record; null: the caller hangs up at the beep instead
 * @param presses one entry per menu (GetDigits / GetInput); an empty entry lets that menu time out
 * @param hangupAfterSeconds the caller gives up this long after the call came in, wherever it is; null: never
 */
public record CallOptions(String line, String from, String callerName, String answer, String outcome,
                          int talkSeconds, Integer voicemailSeconds, List<String> presses, Integer hangupAfterSeconds) {
    public static final String DEFAULT_FROM = "sip:caller@phone.plivo.com";
    public static final List<String> OUTCOMES = List.of("no-answer", "busy", "failed", "timeout");
    public static final String NOBODY = "nobody";

    /** Null values take the defaults: from the demo caller, nobody answers, 30 s of talk, a 10 s message. */
    public static CallOptions of(String line, String from, String callerName, String answer, String outcome,
                                 String talk, String voicemail, String press, String hangupAfter) {
        if (line == null || line.isBlank()) throw new CannotSimulate("--line: which line is called? Give its name or SIP URI");
        String caller = from == null ? DEFAULT_FROM : from.trim();
        if (!caller.matches("(?i)sip:[^\\s@]+@[^\\s@]+|\\+?[0-9]{2,20}")) {
            throw new CannotSimulate("--from: '" + from + "' is neither a SIP URI (sip:name@host) nor a phone number");
        }
        if (callerName != null && callerName.length() > 100) throw new CannotSimulate("--caller-name: at most 100 characters");
        String who = answer == null || answer.isBlank() ? NOBODY : answer.trim();
        String how = outcome == null ? "no-answer" : outcome.trim().toLowerCase(Locale.ROOT);
        if (!OUTCOMES.contains(how)) throw new CannotSimulate("--outcome: '" + outcome + "' is not one of " + String.join(", ", OUTCOMES));
        int talkSeconds = talk == null ? 30 : SimDurations.seconds("--talk", talk);
        Integer message = voicemail == null ? Integer.valueOf(10)
                : voicemail.trim().equalsIgnoreCase("none") ? null : SimDurations.seconds("--voicemail", voicemail);
        Integer giveUp = hangupAfter == null ? null : SimDurations.seconds("--hangup-after", hangupAfter);
        if (giveUp != null && giveUp == 0) throw new CannotSimulate("--hangup-after: must be longer than 0s");
        return new CallOptions(line.trim(), caller, callerName, who, how, talkSeconds, message, presses(press), giveUp);
    }

    private static List<String> presses(String press) {
        if (press == null || press.isBlank()) return List.of();
        List<String> entries = Arrays.stream(press.split(",", -1)).map(String::trim).toList();
        for (String e : entries) {
            if (!e.matches("[0-9*#]*")) throw new CannotSimulate("--press: '" + e + "' holds something other than keys 0-9, * and #");
        }
        return entries;
    }
}
