package switchboard.simulator;

import java.util.List;
import java.util.Map;

/**
 * Plays one call the way Plivo would: asks the answer URL, follows the XML element by element, calls every
 * action and callback the elements name, and ends with the hangup webhook. The steps for Dial, Record, menus and
 * conferences live in their own classes; this one holds the document loop and the simple elements.
 */
final class CallEngine {
    sealed interface Next {}

    record GoOn() implements Next {}

    record Replace(List<Verb> verbs, Transcript.Entry entry) implements Next {}

    record End(Ending ending) implements Next {}

    /** {@code hangup}: the hangup webhook's line of the transcript; {@code failure}: what could not be followed, or null. */
    record Result(String callUuid, Transcript transcript, Transcript.Entry hangup, Ending ending, long seconds, Unfollowable failure) {}

    final CallParams params;
    final SimClock clock;
    final Transcript transcript;
    private final CallRequests requests;
    final People people;
    final Caller caller;
    final String recordingUrl;
    private long answeredAt = -1;
    private boolean over;

    CallEngine(CallParams params, SimClock clock, Webhooks webhooks, People people, Caller caller, String recordingUrl,
               Transcript transcript) {
        this.transcript = transcript;
        this.params = params;
        this.clock = clock;
        this.requests = new CallRequests(webhooks);
        this.people = people;
        this.caller = caller;
        this.recordingUrl = recordingUrl;
    }

    Result run() {
        Ending ending;
        Unfollowable failure = null;
        try {
            ending = follow();
        } catch (Unfollowable e) {
            failure = e;
            ending = Ending.ERROR;
        }
        over = true;
        Transcript.Entry hangup = tell("hangup: " + ending.says() + " after " + clock.now() + " s");
        try {
            requests.callback(requests.application("/plivo/hangup"), "POST", params.hangup(clock.now(), answeredAt, ending));
            clock.flush();
        } catch (Unfollowable late) {
            if (failure == null) failure = late;
        }
        return new Result(params.callUuid, transcript, hangup, ending, clock.now(), failure);
    }

    private Ending follow() {
        Transcript.Entry entry = tell("answer");
        String url = requests.application("/plivo/answer");
        Webhooks.Reply r = requests.asking(url, "POST", params.answer());
        if (r.status() != 200) {
            entry.then("HTTP " + r.status() + ": Plivo asks the fallback URL");
            entry = tell("fallback");
            url = requests.application("/plivo/fallback");
            r = requests.asking(url, "POST", params.answer());
        }
        List<Verb> verbs = requests.parse(r, url);
        while (true) {
            Next next = new GoOn();
            for (Verb v : verbs) {
                next = execute(v, entry);
                if (!(next instanceof GoOn)) break;
            }
            if (next instanceof Replace replace) {
                verbs = replace.verbs();
                entry = replace.entry();
            } else if (next instanceof End end) {
                return end.ending();
            } else {
                entry.then("the XML ends: Plivo hangs up");
                return Ending.END_OF_XML;
            }
        }
    }

    private Next execute(Verb v, Transcript.Entry e) {
        boolean rejects = v instanceof Verb.Hangup h && h.reason() != null; // a call rejected before any media is never answered
        if (!(v instanceof Verb.PreAnswer) && !rejects && answeredAt < 0) answeredAt = clock.now();
        if (v instanceof Verb.Dial d) return new DialStep(this).run(d, e);
        if (v instanceof Verb.Record r) return new RecordStep(this).run(r, e);
        if (v instanceof Verb.Input i) return new InputStep(this).run(i, e);
        if (v instanceof Verb.Conference c) return new ConferenceStep(this).run(c, e);
        if (v instanceof Verb.Redirect r) {
            e.then("redirect to " + shown(r.target().url()));
            Transcript.Entry next = tell("redirected");
            return new Replace(fetch(r.target(), params.call(status(), "Event", "Redirect")), next);
        }
        if (v instanceof Verb.Hangup h) {
            if (h.scheduleSeconds() > 0) {
                clock.endAt(clock.now() + h.scheduleSeconds(), Ending.HANGUP_XML);
                e.then("hangup in " + h.scheduleSeconds() + " s");
                return new GoOn();
            }
            e.then("hangs up" + (h.reason() == null ? "" : " (" + h.reason() + ")"));
            return new End(Ending.HANGUP_XML);
        }
        if (v instanceof Verb.PreAnswer p) {
            e.then("before answering:");
            for (Verb prompt : p.prompts()) {
                Next n = hear(prompt, e, false);
                if (!(n instanceof GoOn)) return n;
            }
            return new GoOn();
        }
        return hear(v, e, false);
    }

    /** Speak, Play, Wait: time passes while the caller listens. {@code once}: a looping prompt plays one round. */
    Next hear(Verb v, Transcript.Entry e, boolean once) {
        long seconds;
        if (v instanceof Verb.Speak s) {
            e.then("hears " + Transcript.quote(s.text()) + loops(s.loop()));
            seconds = times(Timing.speakSeconds(s.text()), once ? 1 : s.loop());
        } else if (v instanceof Verb.Play p) {
            e.then("hears " + shown(p.url()) + loops(p.loop()));
            seconds = times(Timing.PLAY_SECONDS, once ? 1 : p.loop());
        } else {
            Verb.Wait w = (Verb.Wait) v;
            seconds = w.silence() ? Math.min(w.lengthSeconds(), Math.max(1, w.minSilenceMs() / 1000)) : w.lengthSeconds();
            e.then("waits " + seconds + " s");
        }
        return clock.pass(seconds) ? new GoOn() : ended(e);
    }

    /** The call ended at a deadline: say so, and end. */
    End ended(Transcript.Entry e) {
        Ending why = clock.reached().ending();
        e.then(why.says() + " at " + SimDurations.clock(clock.now()));
        return new End(why);
    }

    Transcript.Entry tell(String told) {
        return transcript.add(clock.now(), told);
    }

    /** A request whose answer is XML to follow. */
    List<Verb> fetch(Verb.Hook hook, Map<String, String> p) {
        return requests.document(hook.url(), hook.method(), p);
    }

    /** A document of prompts only (confirmSound, waitSound). */
    List<Verb> prompts(String url, Map<String, String> p, String what) {
        return requests.prompts(url, p, what);
    }

    /** A request whose answer is not followed (a callback, an action after the caller hung up). */
    Transcript.Entry notify(Verb.Hook hook, Map<String, String> p, String told) {
        Transcript.Entry e = tell(told);
        requests.callback(hook.url(), hook.method(), p);
        return e;
    }

    /** The call's status as Plivo reports it in a request: completed once the caller is gone. */
    String status() {
        return over ? "completed" : "in-progress";
    }

    void callerGone() {
        over = true;
    }

    String shown(String url) {
        return requests.shown(url);
    }

    private static long times(long seconds, int loop) {
        return loop == 0 ? Long.MAX_VALUE : seconds * loop;
    }

    private static String loops(int loop) {
        return loop == 0 ? " (again and again)" : loop > 1 ? " (" + loop + " times)" : "";
    }
}
