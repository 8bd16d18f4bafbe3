package switchboard.simulator;

import java.util.List;
import java.util.Map;

/**
 * Plays one call the way Plivo would: asks the answer URL, follows the XML element by element, calls every
 * action and callback the elements name, and ends with the hangup webhook. The steps for Dial, Record, menus and
 * conferences live in their own classes; this one holds the document loop and the simple elements.
 */
final class CallEngine {
    /** Plivo stops a call after 70 transfers; a flow that needs more documents than this loops. */
    static final int MAX_DOCUMENTS = 100;
    private static final int MAX_XML_BYTES = 100 * 1024;

    sealed interface Next {}

    record GoOn() implements Next {}

    record Replace(List<Verb> verbs, Transcript.Entry entry) implements Next {}

    record End(Ending ending) implements Next {}

    /** {@code hangup}: the hangup webhook's line of the transcript; {@code failure}: what could not be followed, or null. */
    record Result(String callUuid, Transcript transcript, Transcript.Entry hangup, Ending ending, long seconds, Unfollowable failure) {}

    final CallParams params;
    final SimClock clock;
    final Transcript transcript = new Transcript();
    final Webhooks webhooks;
    final People people;
    final Caller caller;
    final String recordingUrl;
    private long answeredAt = -1;
    private int requests;
    private int documents;
    private boolean over;

    CallEngine(CallParams params, SimClock clock, Webhooks webhooks, People people, Caller caller, String recordingUrl) {
        this.params = params;
        this.clock = clock;
        this.webhooks = webhooks;
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
        Webhooks.Reply r = send(webhooks.publicUrl() + "/plivo/hangup", "POST", params.hangup(clock.now(), answeredAt, ending));
        try {
            requireOk(r, "/plivo/hangup");
            clock.flush();
        } catch (Unfollowable late) {
            if (failure == null) failure = late;
        }
        return new Result(params.callUuid, transcript, hangup, ending, clock.now(), failure);
    }

    private Ending follow() {
        Transcript.Entry entry = tell("answer");
        countDocument();
        Webhooks.Reply r = send(webhooks.publicUrl() + "/plivo/answer", "POST", params.answer());
        if (r.status() != 200) {
            entry.then("HTTP " + r.status() + ": Plivo asks the fallback URL");
            entry = tell("fallback");
            r = send(webhooks.publicUrl() + "/plivo/fallback", "POST", params.answer());
        }
        List<Verb> verbs = document(r, "/plivo/answer");
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
            return new Replace(fetch(r.target(), params.call("in-progress", "Event", "Redirect")), next);
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
        countDocument();
        return document(send(hook.url(), hook.method(), p), shown(hook.url()));
    }

    /** A document of prompts only (confirmSound, waitSound). */
    List<Verb> prompts(String url, Map<String, String> p, String what) {
        Webhooks.Reply r = send(url, "POST", p);
        requireXml(r, shown(url));
        return XmlParser.prompts(r.body(), what);
    }

    /** A request whose answer is not followed (a callback, an action after the caller hung up). */
    Transcript.Entry notify(Verb.Hook hook, Map<String, String> p, String told) {
        Transcript.Entry e = tell(told);
        requireOk(send(hook.url(), hook.method(), p), shown(hook.url()));
        return e;
    }

    /** The call's status as Plivo reports it in a request: completed once the caller is gone. */
    String status() {
        return over ? "completed" : "in-progress";
    }

    void callerGone() {
        over = true;
    }

    /** Where a URL points, short: the path when it is the server's, else the whole URL. */
    String shown(String url) {
        String p = webhooks.publicUrl();
        return url.startsWith(p + "/") ? url.substring(p.length()) : url;
    }

    private Webhooks.Reply send(String url, String method, Map<String, String> p) {
        if (++requests > MAX_DOCUMENTS * 3) throw new Unfollowable("more than " + MAX_DOCUMENTS * 3 + " requests in one call: the flow loops");
        Webhooks.Reply r = webhooks.send(url, method, p);
        if (r.status() == 403 && url.startsWith(webhooks.publicUrl() + "/plivo/")) {
            throw new CannotSimulate("the server refused the signature of " + shown(url) + " (403): give the simulator the"
                    + " server's PLIVO_AUTH_TOKEN and PUBLIC_URL (or --public-url)");
        }
        return r;
    }

    private void countDocument() {
        if (++documents > MAX_DOCUMENTS) {
            throw new Unfollowable("more than " + MAX_DOCUMENTS + " XML documents in one call: the flow loops (Plivo stops at 70 transfers)");
        }
    }

    private List<Verb> document(Webhooks.Reply r, String what) {
        requireXml(r, what);
        return XmlParser.document(r.body());
    }

    private void requireXml(Webhooks.Reply r, String what) {
        if (r.status() != 200) throw new Unfollowable(what + " answered HTTP " + r.status() + ": " + brief(r.body()));
        String type = r.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("text/xml") && !type.startsWith("application/xml")) {
            throw new Unfollowable(what + " answered Content-Type '" + r.contentType() + "': Plivo needs text/xml or application/xml");
        }
        if (r.body().length() > MAX_XML_BYTES) throw new Unfollowable(what + " answered more than 100 KB of XML: Plivo refuses it");
    }

    private static void requireOk(Webhooks.Reply r, String what) {
        if (r.status() / 100 != 2) throw new Unfollowable(what + " answered HTTP " + r.status() + ": " + brief(r.body()));
    }

    private static String brief(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return b.length() <= 200 ? b : b.substring(0, 200) + "...";
    }

    private static long times(long seconds, int loop) {
        return loop == 0 ? Long.MAX_VALUE : seconds * loop;
    }

    private static String loops(int loop) {
        return loop == 0 ? " (again and again)" : loop > 1 ? " (" + loop + " times)" : "";
    }
}
