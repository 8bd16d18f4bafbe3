package switchboard.errors;

/** A service we depend on (Plivo's REST API) failed (a 502) or did not answer in time (a 504). */
public final class UpstreamFailed extends RuntimeException {
    private final boolean timedOut;

    public UpstreamFailed(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
