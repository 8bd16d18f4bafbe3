package switchboard.errors;

/** The thing asked for does not exist (a 404): "no call 7". */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }

    public static NotFound of(String what, long id) {
        return new NotFound("no " + what + " " + id);
    }
}
