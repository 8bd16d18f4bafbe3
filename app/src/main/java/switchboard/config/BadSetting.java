package switchboard.config;

/** A bad setting: the message names the variable, so start-up can stop with it. */
public final class BadSetting extends RuntimeException {
    public BadSetting(String variable, String problem) {
        super(variable + ": " + problem);
    }
}
