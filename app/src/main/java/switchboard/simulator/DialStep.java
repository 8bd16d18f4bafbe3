package switchboard.simulator;

import java.util.Map;

/**
 * A {@code <Dial>}: all its targets ring at once. If the one who picks up is among them, the callbackUrl hears
 * {@code DialAction=answer}; the two talk for {@code --talk}; the caller hangs up, and then come the leg's
 * {@code DialAction=hangup} and the action with {@code DialStatus=completed} (its XML not followed: the caller is
 * gone). Only when the Dial's timeLimit cuts the talk short does the caller stay, and the action's XML is followed.
 * Otherwise the Dial ends with {@code --outcome} after ringing, and the action's XML is followed. A caller who
 * hangs up while it rings ends it with {@code DialStatus=cancel}.
 */
final class DialStep {
    private final CallEngine call;

    DialStep(CallEngine call) {
        this.call = call;
    }

    CallEngine.Next run(Verb.Dial d, Transcript.Entry e) {
        e.then("ring " + call.people.describe(d.targets()) + " " + d.timeoutSeconds() + " s");
        int picked = call.caller.picksUp(d.targets());
        if (picked >= 0) return answered(d, e, d.targets().get(picked), picked + 1);
        String outcome = call.caller.outcome();
        boolean rings = outcome.equals("no-answer") || outcome.equals("timeout");
        long ringing = rings ? d.timeoutSeconds() : outcome.equals("busy") ? Timing.BUSY_SECONDS : 0;
        if (!call.clock.pass(ringing)) return cancelled(d, e);
        return ended(d, outcome, Boolean.toString(rings), cause(outcome), "");
    }

    private CallEngine.Next answered(Verb.Dial d, Transcript.Entry e, Verb.Target target, int position) {
        if (!call.clock.pass(Math.min(Timing.PICKUP_SECONDS, d.timeoutSeconds()))) return cancelled(d, e);
        String bLeg = CallParams.newId();
        String who = call.people.who(target.address());
        Transcript.Entry picked = d.callback().present()
                ? call.notify(d.callback(), leg(d, "answer", bLeg, target, position, "DialAnswer"), who + " picked up")
                : e;
        if (picked == e) e.then(who + " picks up");
        if (!confirm(d, bLeg, who, picked)) return legEnded(d, bLeg, target, position, 0, null);
        long bridged = call.clock.now();
        boolean limited = call.caller.talkSeconds() > d.timeLimitSeconds();
        boolean talked = call.clock.pass(limited ? d.timeLimitSeconds() : call.caller.talkSeconds());
        long seconds = call.clock.now() - bridged;
        picked.then("talks " + seconds + " s");
        if (!talked) return legEnded(d, bLeg, target, position, seconds, call.clock.reached().ending());
        if (!limited) picked.then("the caller hangs up");
        return legEnded(d, bLeg, target, position, seconds, limited ? null : Ending.CALLER);
    }

    /** confirmSound is played to whoever picked up, who then presses confirmKey; false if the caller hung up meanwhile. */
    private boolean confirm(Verb.Dial d, String bLeg, String who, Transcript.Entry picked) {
        if (d.confirmSound() != null) {
            Transcript.Entry sound = call.tell("confirm sound for " + who);
            for (Verb prompt : call.prompts(d.confirmSound(), call.params.call(call.status(), "DialBLegUUID", bLeg), "confirmSound")) {
                if (!(call.hear(prompt, sound, true) instanceof CallEngine.GoOn)) return false;
            }
        }
        if (d.confirmKey() == null) return true;
        picked.then("presses " + d.confirmKey() + " to take the call");
        return call.clock.pass(Timing.KEY_SECONDS);
    }

    /** The answered leg is over: its hangup callback, then the action. {@code callerLeft} null: the caller stays. */
    private CallEngine.Next legEnded(Verb.Dial d, String bLeg, Verb.Target target, int position, long seconds, Ending callerLeft) {
        if (callerLeft == null && call.clock.reached() != null) callerLeft = call.clock.reached().ending();
        if (callerLeft != null) call.callerGone();
        if (d.callback().present()) {
            Map<String, String> p = leg(d, "hangup", bLeg, target, position, "DialHangup");
            p.put("DialBLegDuration", Long.toString(seconds));
            p.put("DialBLegBillDuration", Long.toString(seconds));
            p.put("DialBLegHangupCauseName", "Normal Hangup");
            p.put("DialBLegHangupCauseCode", "4000");
            p.put("DialBLegHangupSource", callerLeft == null ? "Plivo" : callerLeft.source());
            call.notify(d.callback(), p, "leg of " + call.people.who(target.address()) + " ended after " + seconds + " s");
        }
        if (callerLeft == null) return ended(d, "completed", "true", "NORMAL_CLEARING", bLeg);
        gone(d, "completed", "NORMAL_CLEARING", bLeg);
        return new CallEngine.End(callerLeft);
    }

    /** The caller hung up while it rang. */
    private CallEngine.Next cancelled(Verb.Dial d, Transcript.Entry e) {
        CallEngine.End end = call.ended(e);
        call.callerGone();
        gone(d, "cancel", "ORIGINATOR_CANCEL", "");
        return end;
    }

    private void gone(Verb.Dial d, String status, String cause, String bLeg) {
        if (!d.action().present()) return;
        call.notify(d.action(), action(status, "true", cause, bLeg), "dial ended " + status).then("not followed: the caller has hung up");
    }

    private CallEngine.Next ended(Verb.Dial d, String status, String rang, String cause, String bLeg) {
        if (!d.action().present()) return new CallEngine.GoOn();
        Map<String, String> p = action(status, rang, cause, bLeg);
        if (!d.redirect()) {
            call.notify(d.action(), p, "dial ended " + status).then("in the background; the XML goes on");
            return new CallEngine.GoOn();
        }
        Transcript.Entry next = call.tell("dial ended " + status);
        return new CallEngine.Replace(call.fetch(d.action(), p), next);
    }

    private Map<String, String> action(String status, String rang, String cause, String bLeg) {
        return call.params.call(call.status(), "DialStatus", status, "DialRingStatus", rang, "DialHangupCause", cause,
                "DialALegUUID", call.params.callUuid, "DialBLegUUID", bLeg);
    }

    private Map<String, String> leg(Verb.Dial d, String action, String bLeg, Verb.Target target, int position, String event) {
        return call.params.call(call.status(), "Event", event, "DialAction", action, "DialBLegStatus", action,
                "DialALegUUID", call.params.callUuid, "DialBLegUUID", bLeg, "DialBLegPosition", Integer.toString(position),
                "DialBLegFrom", d.callerId() != null ? d.callerId() : call.params.from(), "DialBLegTo", target.address());
    }

    private static String cause(String outcome) {
        return switch (outcome) {
            case "busy" -> "USER_BUSY";
            case "failed" -> "USER_NOT_REGISTERED";
            case "timeout" -> "NO_USER_RESPONSE";
            default -> "NO_ANSWER";
        };
    }
}
