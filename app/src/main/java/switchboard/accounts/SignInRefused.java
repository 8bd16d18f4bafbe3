package switchboard.accounts;

/** A sign-in that did not happen, with the one message the person sees. */
public final class SignInRefused extends RuntimeException {
    private final boolean limited;

    SignInRefused(String message, boolean limited) {
        super(message);
        this.limited = limited;
    }

    /** A rate limit (429), not a wrong password (401). */
    public boolean limited() {
        return limited;
    }
}
