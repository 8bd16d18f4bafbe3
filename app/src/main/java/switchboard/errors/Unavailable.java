package switchboard.errors;

/** What this needs is not set up or not reachable here (a 503): Plivo credentials missing, the database down. */
public final class Unavailable extends RuntimeException {
    public Unavailable(String message) {
        super(message);
    }
}
