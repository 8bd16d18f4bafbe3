package switchboard.calls;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A call's status, derived by the database from its facts (calls.status is a generated column). */
public enum CallStatus {
    RINGING("ringing"), IN_PROGRESS("in-progress"), IN_VOICEMAIL("in-voicemail"), ANSWERED("answered"),
    VOICEMAIL("voicemail"), MISSED("missed"), REJECTED("rejected");

    private final String wire;

    CallStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean is(String stored) {
        return wire.equals(stored);
    }

    public static Set<String> wires() {
        return Arrays.stream(values()).map(CallStatus::wire).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<CallStatus> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
    }
}
