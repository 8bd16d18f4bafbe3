package switchboard.doctor;

/** One finding: how it stands, what was checked, what was found and, unless it is ok, the fix. */
public record Check(Status status, String name, String finding, String fix) {
    /** How `java -jar` runs Switchboard, in the fixes. */
    static final String RUN = "java -jar target/switchboard.jar";

    public enum Status { OK, WARN, FAIL }

    static Check ok(String name, String finding) {
        return new Check(Status.OK, name, finding, null);
    }

    static Check warn(String name, String finding, String fix) {
        return new Check(Status.WARN, name, finding, fix);
    }

    static Check fail(String name, String finding, String fix) {
        return new Check(Status.FAIL, name, finding, fix);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /** "fail  application  answer_url is ...; fix: run ...", the line doctor prints. */
    public String line() {
        return String.format("%-4s  %-11s  %s", status.name().toLowerCase(java.util.Locale.ROOT), name, finding + advice());
    }

    /** The finding and its fix, for a log line. */
    public String advice() {
        return fix == null ? "" : "; fix: " + fix;
    }
}
