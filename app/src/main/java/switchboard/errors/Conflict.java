package switchboard.errors;

/** The request is sound but the state forbids it now (a 409): a call no longer live, a second open callback. */
public final class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
