package switchboard.simulator;

import java.util.List;
import java.util.function.Supplier;

/** A call the simulator plays in the background: its CallUUID at once, its transcript so far, then how it ended. */
public final class Playing {
    /** A user of the directory and their apps, as the page hands them to the simulator. */
    public record Person(String name, List<App> apps) {}

    public record App(String label, String sipUri) {}

    private final String callUuid;
    private final Transcript transcript = new Transcript();
    private volatile boolean done;
    private volatile String failure;

    Playing(String callUuid) {
        this.callUuid = callUuid;
    }

    Transcript transcript() {
        return transcript;
    }

    /** On the background thread: plays the call; what it could not follow (or what broke) is kept as its failure. */
    void finish(Supplier<CallEngine.Result> play) {
        try {
            CallEngine.Result result = play.get();
            if (result.failure() != null) failure = result.failure().getMessage();
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            done = true;
        }
    }

    public String callUuid() {
        return callUuid;
    }

    /** The numbered lines written so far. */
    public List<String> lines() {
        return transcript.lines();
    }

    public boolean done() {
        return done;
    }

    /** What the simulator could not follow, or null. */
    public String failure() {
        return failure;
    }
}
