package switchboard.bench;

import java.io.IOException;
import java.util.Queue;

/** The HTTP operations the load generator repeats, each worker over its own keep-alive connection. */
final class HttpWorkers {
    interface Op {
        boolean run(HttpConnection c) throws IOException;
    }

    private HttpWorkers() {}

    static Load.WorkerFactory over(int port, Op op) {
        return () -> {
            HttpConnection c = new HttpConnection(port);
            return new Load.Worker() {
                @Override
                public boolean once() throws IOException {
                    return op.run(c);
                }

                @Override
                public void close() throws IOException {
                    c.close();
                }
            };
        };
    }

    /** The answer webhook for a new call to a random line: the server must ring the line's first tier. */
    static Op answer(Webhooks hooks, BenchDirectory directory) {
        return c -> is(hooks.answer(c, Webhooks.Call.to(directory.randomLine())), "<Dial", "/plivo/dial/0/action");
    }

    /** The answer for a call from a known caller (a contact): the Dial must carry their name. */
    static Op answerKnown(Webhooks hooks, BenchDirectory directory) {
        return c -> is(hooks.answer(c, Webhooks.Call.to(directory.randomLine(), directory.randomContact())), "<Dial",
                "callerName=\"Contact ");
    }

    /** A page of the call log over the API: a 200 with items. */
    static Op calls(String path, String apiKey) {
        return c -> is(c.get(path, "Authorization: Bearer " + apiKey), "\"items\"");
    }

    /** An unknown path: Javalin's 404, no handler of ours, no database. */
    static Op notFound() {
        return c -> c.get("/bench/not-a-route").status() == 404;
    }

    /** An unsigned answer: refused by the signature check (403) before any database work. */
    static Op unsigned(Webhooks hooks, BenchDirectory directory) {
        return c -> hooks.unsignedAnswer(c, Webhooks.Call.to(directory.randomLine())).status() == 403;
    }

    /**
     * A whole call nobody answers, webhook after webhook as Plivo sends them: answer (tier 1 rings),
     * Dial action no-answer (tier 2 rings), Dial action no-answer (voicemail), Record action, hangup.
     * Every CallUUID goes into {@code started} so the log can be checked afterwards.
     */
    static Op fullFlow(Webhooks hooks, BenchDirectory directory, Queue<String> started) {
        return c -> {
            Webhooks.Call call = Webhooks.Call.to(directory.randomLine());
            started.add(call.uuid());
            return is(hooks.answer(c, call), "<Dial", "/plivo/dial/0/action")
                    && is(hooks.dialAction(c, call, 0, "no-answer"), "<Dial", "/plivo/dial/1/action")
                    && is(hooks.dialAction(c, call, 1, "no-answer"), "<Record", "/plivo/voicemail/action")
                    && is(hooks.recordAction(c, call), "<Hangup")
                    && is(hooks.hangup(c, call));
        };
    }

    /** True, or an exception that says what came back instead, so the report can show the first failure. */
    static boolean is(HttpConnection.Response r, String... expected) throws IOException {
        boolean ok = r.status() == 200;
        for (String e : expected) ok &= r.body().contains(e);
        if (!ok) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            throw new IOException("unexpected reply " + r.status() + ": " + body);
        }
        return true;
    }
}
