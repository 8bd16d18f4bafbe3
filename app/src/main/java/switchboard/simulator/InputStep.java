package switchboard.simulator;

import java.util.Map;

/**
 * A {@code <GetDigits>} or {@code <GetInput>}: its prompts play, then the caller presses the next {@code --press}
 * entry (up to numDigits, stopping at a finish key). The keys go to the action as {@code Digits}, whose XML is
 * followed. Nothing pressed (no entry left, an empty one, a speech-only GetInput) or keys that are not valid:
 * after the timeout the prompt is tried again (GetDigits' retries), then Plivo goes on to the next element.
 */
final class InputStep {
    private final CallEngine call;

    InputStep(CallEngine call) {
        this.call = call;
    }

    CallEngine.Next run(Verb.Input in, Transcript.Entry e) {
        for (int attempt = 1; attempt <= in.tries(); attempt++) {
            if (attempt > 1) e.then("asks again");
            for (Verb prompt : in.prompts()) {
                CallEngine.Next n = call.hear(prompt, e, true); // a looping prompt: the caller presses during its first round
                if (!(n instanceof CallEngine.GoOn)) return n;
            }
            if (in.playBeep() && !call.clock.pass(1)) return call.ended(e);
            String pressed = in.acceptsDigits() ? call.caller.nextPress() : null;
            if (pressed == null) {
                e.then("presses nothing for " + in.timeoutSeconds() + " s");
                if (!call.clock.pass(in.timeoutSeconds())) return call.ended(e);
                continue;
            }
            String digits = digits(pressed, in);
            boolean finished = digits.length() == in.numDigits() || digits.length() < pressed.length();
            if (!call.clock.pass(Timing.KEY_SECONDS * pressed.length() + (finished ? 0 : in.digitTimeoutSeconds()))) return call.ended(e);
            if (digits.isEmpty() || !digits.chars().allMatch(c -> in.validDigits().indexOf(c) >= 0)) {
                e.then("presses " + pressed + " (not a valid choice)");
                continue;
            }
            e.then("presses " + digits);
            return send(in, digits);
        }
        e.then("no choice: next element");
        return new CallEngine.GoOn();
    }

    private CallEngine.Next send(Verb.Input in, String digits) {
        if (!in.action().present()) return new CallEngine.GoOn();
        Map<String, String> p = call.params.call(call.status(), "Digits", digits);
        if (in.element().equals("GetInput")) p.put("InputType", "dtmf");
        String told = "pressed " + digits;
        if (!in.redirect()) {
            call.notify(in.action(), p, told).then("in the background; the XML goes on");
            return new CallEngine.GoOn();
        }
        Transcript.Entry next = call.tell(told);
        return new CallEngine.Replace(call.fetch(in.action(), p), next);
    }

    /** The keys Plivo collects: up to a finish key (not sent), at most numDigits. */
    private static String digits(String pressed, Verb.Input in) {
        StringBuilder out = new StringBuilder();
        for (char c : pressed.toCharArray()) {
            if (in.finishOnKey().indexOf(c) >= 0) break;
            if (out.length() == in.numDigits()) break;
            out.append(c);
        }
        return out.toString();
    }
}
