package switchboard.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import switchboard.calls.CallLog;
import switchboard.calls.CallLogDao;
import switchboard.directory.Directory;
import switchboard.errors.NotFound;
import switchboard.simulator.CallOptions;
import switchboard.simulator.CannotSimulate;
import switchboard.simulator.Playing;
import switchboard.simulator.Simulator;
import switchboard.web.Pages;

/**
 * /try-a-call (admins, SIMULATOR=on): the simulator's options as a form; the call is played against this same server
 * as Plivo would (signed with PLIVO_AUTH_TOKEN, for PUBLIC_URL), its transcript shown as it grows, the call on the board.
 * Runs are remembered by this instance only (the last 50), so the page polls the instance that started it; they play on
 * two daemon threads (a stop does not wait for a simulated call).
 */
public final class TryACallPage {
    private static final int KEPT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Directory directory;
    private final CallLog log;
    private final Pages pages;
    private final String publicUrl;
    private final Optional<String> authToken;
    private final boolean unsignedRefused;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "try-a-call");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Playing> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Playing> eldest) {
            return size() > KEPT;
        }
    };

    /** What the form was sent with, shown again when it is refused. */
    public record Form(String line, String from, String callerName, String answer, String outcome, String talk,
                       String voicemail, String press, String hangupAfter, boolean realTime) {
        static final Form EMPTY = new Form("", CallOptions.DEFAULT_FROM, "", CallOptions.NOBODY, "no-answer", "30s", "10s", "", "", false);
    }

    public record Choice(String value, String label) {}

    /** A run as the page shows it: the call's id and status once the server has its record. */
    public record Run(String id, Playing playing, Long callId, String status) {}

    public TryACallPage(Directory directory, CallLog log, Pages pages, String publicUrl, Optional<String> authToken,
                        boolean verifySignatures) {
        this.directory = directory;
        this.log = log;
        this.pages = pages;
        this.publicUrl = publicUrl;
        this.authToken = authToken;
        this.unsignedRefused = verifySignatures && authToken.isEmpty();
    }

    public void form(Context ctx) {
        show(ctx, Form.EMPTY, null);
    }

    public void start(Context ctx) {
        Form form = new Form(param(ctx, "line"), param(ctx, "from"), param(ctx, "callerName"), param(ctx, "answer"),
                param(ctx, "outcome"), param(ctx, "talk"), param(ctx, "voicemail"), param(ctx, "press"),
                param(ctx, "hangupAfter"), "on".equals(ctx.formParam("realTime")));
        try {
            CallOptions options = CallOptions.of(form.line(), blank(form.from()), blank(form.callerName()), blank(form.answer()),
                    blank(form.outcome()), blank(form.talk()), blank(form.voicemail()), blank(form.press()), blank(form.hangupAfter()));
            Simulator simulator = new Simulator(new Simulator.Settings("http://127.0.0.1:" + ctx.req().getLocalPort(), publicUrl,
                    authToken.orElse(null), null, form.realTime()));
            Playing playing = simulator.start(options, people(), background);
            String id = HexFormat.of().formatHex(bytes());
            synchronized (runs) {
                runs.put(id, playing);
            }
            ctx.redirect("/try-a-call/runs/" + id, HttpStatus.SEE_OTHER);
        } catch (CannotSimulate e) {
            ctx.status(400);
            show(ctx, form, e.getMessage().replaceFirst("^--([a-z-]+)", "$1"));
        }
    }

    public void run(Context ctx) {
        pages.render(ctx, "trycall/run.jte", "Try a call", "/try-a-call", "run", run(ctx.pathParam("id")));
    }

    /** The transcript so far, for the page's polling (htmx): once the call is over, the fragment stops asking. */
    public void transcript(Context ctx) {
        ctx.contentType("text/html; charset=UTF-8").render("trycall/transcript.jte", Map.of("run", run(ctx.pathParam("id"))));
    }

    private Run run(String id) {
        Playing playing;
        synchronized (runs) {
            playing = runs.get(id);
        }
        if (playing == null) throw new NotFound("no simulated call " + id + " on this instance (it keeps the last " + KEPT + ")");
        List<CallLogDao.CallEntry> found = log.page(new CallLogDao.Filter(null, null, playing.callUuid(), null, null, null, null, null),
                null, 1);
        return found.isEmpty() ? new Run(id, playing, null, null) : new Run(id, playing, found.get(0).id(), found.get(0).status());
    }

    private void show(Context ctx, Form form, String error) {
        List<Choice> lines = directory.lines(0, 500).stream().map(l -> new Choice(l.sipUri(), l.name())).toList();
        List<Choice> people = people().stream().map(p -> new Choice(p.name(), p.name() + " (any of their apps)")).toList();
        pages.render(ctx, "trycall/form.jte", "Try a call", "/try-a-call", "form", form, "lines", lines, "people", people,
                "outcomes", CallOptions.OUTCOMES, "error", error, "unsignedRefused", unsignedRefused);
    }

    private List<Playing.Person> people() {
        return directory.users(0, 500).stream().map(u -> new Playing.Person(u.name(), directory.apps(u.id(), 0, 100).stream()
                .map(a -> new Playing.App(a.label(), a.sipUri())).toList())).toList();
    }

    private static byte[] bytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
