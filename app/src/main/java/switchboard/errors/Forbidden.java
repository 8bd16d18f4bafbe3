package switchboard.errors;

/** The caller is known but may not do this (a 403). The message says what the rule is, never whose key it was. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
