package switchboard.simulator;

import java.util.Map;
import java.util.Set;

/**
 * Every element and attribute of Plivo's voice XML the simulator knows: its docs and plivo-java's
 * {@code com.plivo.api.xml} classes. Anything else in a document is an error that names it.
 */
final class XmlElements {
    private XmlElements() {}

    static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("Response", Set.of()),
            Map.entry("Speak", Set.of("voice", "language", "loop", "legs")),
            Map.entry("Play", Set.of("loop")),
            Map.entry("Wait", Set.of("length", "silence", "minSilence", "beep")),
            Map.entry("Dial", Set.of("action", "method", "hangupOnStar", "timeLimit", "timeout", "callerId",
                    "callerName", "confirmSound", "confirmTimeout", "confirmKey", "dialMusic", "callbackUrl",
                    "callbackMethod", "redirect", "digitsMatch", "digitsMatchBLeg", "sipHeaders")),
            Map.entry("User", Set.of("sendDigits", "sendOnPreanswer", "sipHeaders")),
            Map.entry("Number", Set.of("sendDigits", "sendOnPreanswer")),
            Map.entry("Record", Set.of("action", "method", "fileFormat", "redirect", "timeout", "maxLength",
                    "playBeep", "finishOnKey", "recordSession", "startOnDialAnswer", "transcriptionType",
                    "transcriptionUrl", "transcriptionMethod", "callbackUrl", "callbackMethod", "recordChannelType")),
            Map.entry("GetDigits", Set.of("action", "method", "timeout", "digitTimeout", "finishOnKey", "numDigits",
                    "retries", "redirect", "validDigits", "playBeep", "invalidDigitsSound", "log")),
            Map.entry("GetInput", Set.of("action", "method", "inputType", "executionTimeout", "digitEndTimeout",
                    "speechEndTimeout", "finishOnKey", "numDigits", "speechModel", "hints", "language",
                    "interimSpeechResultsCallback", "interimSpeechResultsCallbackMethod", "redirect", "log",
                    "profanityFilter")),
            Map.entry("Redirect", Set.of("method")),
            Map.entry("Conference", Set.of("muted", "enterSound", "exitSound", "startConferenceOnEnter",
                    "endConferenceOnExit", "stayAlone", "waitSound", "maxMembers", "record", "recordFileFormat",
                    "timeLimit", "hangupOnStar", "action", "method", "callbackUrl", "callbackMethod", "digitsMatch",
                    "floorEvent", "redirect", "relayDTMF", "transcriptionType", "transcriptionUrl",
                    "transcriptionMethod")),
            Map.entry("Hangup", Set.of("reason", "schedule")),
            Map.entry("PreAnswer", Set.of()));

    /** Plivo XML that is valid but that a simulated caller cannot take part in. */
    static final Set<String> NOT_FOLLOWED = Set.of("DTMF", "Stream", "MultiPartyCall", "Message");

    /** SSML inside {@code <Speak>}: only its text is heard. */
    static final Map<String, Set<String>> SSML = Map.of(
            "break", Set.of("strength", "time"),
            "emphasis", Set.of("level"),
            "lang", Set.of("xml:lang"),
            "p", Set.of(),
            "phoneme", Set.of("alphabet", "ph"),
            "prosody", Set.of("volume", "rate", "pitch"),
            "s", Set.of(),
            "say-as", Set.of("interpret-as", "format"),
            "sub", Set.of("alias"),
            "w", Set.of("role"));

    /** What may stand directly in a {@code <Response>}, and what in a prompt (GetDigits, GetInput, PreAnswer). */
    static final Set<String> VERBS = Set.of("Speak", "Play", "Wait", "Dial", "Record", "GetDigits", "GetInput",
            "Redirect", "Conference", "Hangup", "PreAnswer");
    static final Set<String> PROMPTS = Set.of("Speak", "Play", "Wait");
}
