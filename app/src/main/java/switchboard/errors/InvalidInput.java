package switchboard.errors;

import java.util.Map;

/** Input that breaks a rule: each bad field with what is wrong with it. Answered as a 400. */
public final class InvalidInput extends RuntimeException {
    private final Map<String, String> fields;

    public InvalidInput(Map<String, String> fields) {
        super("invalid request: " + fields);
        this.fields = Map.copyOf(fields);
    }

    public static InvalidInput field(String field, String problem) {
        return new InvalidInput(Map.of(field, problem));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
