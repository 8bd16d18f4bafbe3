package switchboard.simulator;

import java.util.Map;

/**
 * A {@code <Conference>}: the caller enters it alone (nobody else joins a simulated call) and waits, hearing the
 * waitSound's document over and over, until the conference's timeLimit, when its action is followed, or until the
 * caller gives up ({@code --hangup-after}). The callbackUrl hears {@code ConferenceAction=enter} and {@code exit}.
 */
final class ConferenceStep {
    private final CallEngine call;

    ConferenceStep(CallEngine call) {
        this.call = call;
    }

    CallEngine.Next run(Verb.Conference c, Transcript.Entry e) {
        String uuid = CallParams.newId();
        String member = Long.toString(Math.abs(uuid.hashCode()));
        e.then("enters conference " + Transcript.quote(c.name()) + " alone");
        if (c.callback().present()) call.notify(c.callback(), params(c, uuid, member, "enter"), "entered conference");
        CallEngine.Next gone = new CallEngine.GoOn();
        if (c.waitSound() != null) {
            Transcript.Entry music = call.tell("wait sound");
            for (Verb prompt : call.prompts(c.waitSound(), params(c, uuid, member, null), "waitSound")) {
                if (gone instanceof CallEngine.GoOn) gone = call.hear(prompt, music, true);
            }
            music.then("over and over");
        }
        long limit = c.timeLimitSeconds() > 0 ? c.timeLimitSeconds() : Long.MAX_VALUE;
        if (gone instanceof CallEngine.GoOn && !call.clock.pass(limit)) gone = call.ended(e);
        if (gone instanceof CallEngine.End) call.callerGone();
        if (c.callback().present()) call.notify(c.callback(), params(c, uuid, member, "exit"), "left conference");
        if (gone instanceof CallEngine.End) return gone;
        e.then("the conference's time limit");
        if (!c.action().present()) return new CallEngine.GoOn();
        Map<String, String> p = params(c, uuid, member, null);
        if (!c.redirect()) {
            call.notify(c.action(), p, "conference over").then("in the background; the XML goes on");
            return new CallEngine.GoOn();
        }
        Transcript.Entry next = call.tell("conference over");
        return new CallEngine.Replace(call.fetch(c.action(), p), next);
    }

    private Map<String, String> params(Verb.Conference c, String uuid, String member, String action) {
        Map<String, String> p = call.params.call(call.status(), "ConferenceName", c.name(), "ConferenceUUID", uuid,
                "ConferenceMemberID", member);
        if (action != null) p.put("ConferenceAction", action);
        return p;
    }
}
