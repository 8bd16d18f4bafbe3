package switchboard.simulator;

import java.util.List;

/** A Plivo XML element the simulator follows, read from a document with Plivo's defaults filled in. */
sealed interface Verb {

    /** A URL Plivo calls back, with its HTTP method; {@code url} is null when the attribute is absent. */
    record Hook(String url, String method) {
        boolean present() {
            return url != null;
        }
    }

    /** {@code loop} 0 means: again and again, until the caller acts or hangs up. */
    record Speak(String text, int loop) implements Verb {}

    record Play(String url, int loop) implements Verb {}

    record Wait(int lengthSeconds, boolean silence, int minSilenceMs) implements Verb {}

    /** A {@code <User>} (SIP URI) or {@code <Number>} of a Dial; all of a Dial's targets ring at once. */
    record Target(boolean user, String address) {}

    record Dial(Hook action, boolean redirect, Hook callback, int timeoutSeconds, int timeLimitSeconds,
                String callerId, String callerName, String confirmSound, String confirmKey,
                List<Target> targets) implements Verb {}

    record Record(Hook action, boolean redirect, Hook callback, Hook transcription, int maxLengthSeconds,
                  int silenceSeconds, String finishOnKey, boolean playBeep, String fileFormat) implements Verb {}

    /**
     * {@code <GetDigits>} or {@code <GetInput>} ({@code element} says which); {@code acceptsDigits} is false for a
     * speech-only GetInput. {@code tries} is GetDigits' retries (GetInput asks once).
     */
    record Input(String element, Hook action, boolean redirect, int timeoutSeconds, int digitTimeoutSeconds,
                 int numDigits, int tries, String validDigits, String finishOnKey, boolean playBeep,
                 boolean acceptsDigits, List<Verb> prompts) implements Verb {}

    record Redirect(Hook target) implements Verb {}

    /** {@code timeLimitSeconds} 0: no limit of its own. */
    record Conference(String name, Hook action, boolean redirect, Hook callback, String waitSound,
                      int timeLimitSeconds) implements Verb {}

    /** {@code scheduleSeconds} > 0: hang up that long from now and go on with the next element meanwhile. */
    record Hangup(String reason, int scheduleSeconds) implements Verb {}

    record PreAnswer(List<Verb> prompts) implements Verb {}
}
