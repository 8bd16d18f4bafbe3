package switchboard.simulator;

/** A simulation that cannot start or go on for reasons outside the call flow: a bad option, an unreachable server (exit 2). */
public final class CannotSimulate extends RuntimeException {
    public CannotSimulate(String message) {
        super(message);
    }
}
