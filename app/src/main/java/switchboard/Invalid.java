package switchboard;

import java.util.Map;

/** Input that breaks a rule: each bad field with what is wrong with it. Answered as a 400. */
public final class Invalid extends RuntimeException {
    private final Map<String, String> fields;

    public Invalid(Map<String, String> fields) {
        super("invalid request: " + fields);
        this.fields = Map.copyOf(fields);
    }

    public static Invalid field(String field, String problem) {
        return new Invalid(Map.of(field, problem));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
