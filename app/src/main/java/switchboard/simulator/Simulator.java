package switchboard.simulator;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import switchboard.media.Tones;

/**
 * Runs simulated calls against a running server: finds the line and whoever answers (through the JSON API when
 * they are given by name), plays the call as Plivo would ({@link CallEngine}), and reads the call record back.
 */
public final class Simulator {
    /** Every CallUUID the simulator makes starts with this; Plivo's are bare UUIDs, so the server can tell them apart. */
    public static final String CALL_UUID_PREFIX = "sim-";
    /** Where a simulated voicemail's recording is served: the server's own {@link Tones#voicemailSample()}. */
    public static final String RECORDING_PATH = Tones.VOICEMAIL_SAMPLE_PATH;

    /**
     * @param server where the server listens; @param publicUrl the PUBLIC_URL it builds its callback URLs from and
     * checks signatures against; @param authToken PLIVO_AUTH_TOKEN (null: unsigned); @param apiKey for the JSON API
     */
    public record Settings(String server, String publicUrl, String authToken, String apiKey, boolean realTime) {}

    /** A finished call: what happened, the line's name, and the call record's JSON (null without an API key). */
    record Run(CallEngine.Result result, String lineName, String record) {}

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build(); // Plivo's connect timeout
    private final SwitchboardApi api;

    public Simulator(Settings settings) {
        this.settings = settings;
        this.api = new SwitchboardApi(http, settings.server(), settings.apiKey());
    }

    boolean canReadRecords() {
        return api.hasKey();
    }

    Run call(CallOptions options) {
        People people = api.hasKey() ? api.people() : People.UNKNOWN;
        Prepared call = prepare(options, people);
        CallEngine.Result result = play(call, new Transcript());
        String record = api.hasKey() ? api.call(call.params().callUuid).orElse(null) : null;
        return new Run(result, call.line().name(), record);
    }

    /**
     * A call played in the background for a page of this same server (the dashboard's "Try a call"), with the
     * directory's people given rather than read through the API; its transcript can be read while it plays. Bad
     * options throw {@link CannotSimulate} here, before anything is sent.
     */
    public Playing start(CallOptions options, List<Playing.Person> directory, Executor background) {
        Prepared call = prepare(options, new People(directory.stream().map(p -> new People.Person(p.name(),
                p.apps().stream().map(a -> new People.App(a.label(), a.sipUri())).toList())).toList()));
        Playing playing = new Playing(call.params().callUuid);
        background.execute(() -> playing.finish(() -> play(call, playing.transcript())));
        return playing;
    }

    /** A call ready to play: its line, parameters (its CallUUID), who picks up and what the caller does. */
    private record Prepared(SwitchboardApi.Line line, CallParams params, People people, Caller caller, Integer hangupAfter) {}

    private CallEngine.Result play(Prepared call, Transcript transcript) {
        SimClock clock = new SimClock(settings.realTime());
        if (call.hangupAfter() != null) clock.endAt(call.hangupAfter(), Ending.CALLER);
        Webhooks webhooks = new Webhooks(http, settings.server(), settings.publicUrl(), settings.authToken());
        String recording = Webhooks.trimSlash(settings.server()) + RECORDING_PATH;
        return new CallEngine(call.params(), clock, webhooks, call.people(), call.caller(), recording, transcript).run();
    }

    private Prepared prepare(CallOptions options, People people) {
        SwitchboardApi.Line line = line(options.line());
        Caller caller = new Caller(pickUp(options.answer(), people), options);
        CallParams params = new CallParams(options.from(), line.sipUri(), options.callerName());
        return new Prepared(line, params, people, caller, options.hangupAfterSeconds());
    }

    private SwitchboardApi.Line line(String line) {
        if (isAddress(line)) {
            SwitchboardApi.Line given = new SwitchboardApi.Line(0, line, line);
            if (!api.hasKey()) return given;
            return api.lines().stream().filter(l -> People.address(l.sipUri()).equals(People.address(line))).findFirst()
                    .map(l -> new SwitchboardApi.Line(l.id(), l.name(), line)).orElse(given);
        }
        if (!api.hasKey()) {
            throw new CannotSimulate("--line " + line + ": finding a line by name needs an API key (API_TOKEN or --api-key); or give its SIP URI");
        }
        List<SwitchboardApi.Line> lines = api.lines();
        return lines.stream().filter(l -> l.name().equalsIgnoreCase(line)).findFirst().orElseThrow(() -> new CannotSimulate(
                "--line: no line named '" + line + "' (lines: " + String.join(", ", lines.stream().map(SwitchboardApi.Line::name).toList()) + ")"));
    }

    private Set<String> pickUp(String answer, People people) {
        if (answer.equalsIgnoreCase(CallOptions.NOBODY)) return Set.of();
        if (isAddress(answer)) return Set.of(answer);
        if (!api.hasKey() && people == People.UNKNOWN) {
            throw new CannotSimulate("--answer " + answer + ": finding a user's apps needs an API key (API_TOKEN or --api-key); or give an app's SIP URI");
        }
        Optional<People.Person> person = people.named(answer);
        if (person.isEmpty()) {
            throw new CannotSimulate("--answer: no user named '" + answer + "' (users: " + String.join(", ", people.names()) + "), nor an app's SIP URI or 'nobody'");
        }
        if (person.get().apps().isEmpty()) throw new CannotSimulate("--answer: " + person.get().name() + " has no apps: no phone of theirs can ring");
        return Set.copyOf(person.get().apps().stream().map(People.App::sipUri).toList());
    }

    /** A SIP URI or a phone number, rather than a name. */
    static boolean isAddress(String s) {
        return s.regionMatches(true, 0, "sip:", 0, 4) || s.contains("@") || s.matches("\\+?[0-9]{2,20}");
    }
}
