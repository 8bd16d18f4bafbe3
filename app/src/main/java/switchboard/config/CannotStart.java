package switchboard.config;

/**
 * Start-up (or a command) cannot go on, told in one line that names what to look at and what to do, e.g.
 * "PORT 8080 is in use (another Switchboard?): set PORT". A setting's failure is fixed by changing the setting (exit
 * code 2); any other, such as a database that is down or a migration that fails, by something outside (exit code 1).
 */
public final class CannotStart extends RuntimeException {
    private final boolean setting;

    private CannotStart(String line, boolean setting) {
        super(line, null, false, false);
        this.setting = setting;
    }

    /** Fixed by changing a setting: the line starts with its name. */
    public static CannotStart setting(String line) {
        return new CannotStart(line, true);
    }

    /** Fixed outside Switchboard's settings. */
    public static CannotStart because(String line) {
        return new CannotStart(line, false);
    }

    public boolean isSetting() {
        return setting;
    }
}
