package switchboard.routing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A user's presence, as they set it: only available users are rung. */
public enum Presence {
    AVAILABLE("available"), AWAY("away"), OFFLINE("offline");

    private final String wire;

    Presence(String wire) {
        this.wire = wire;
    }

    /** As stored and as the API spells it. */
    public String wire() {
        return wire;
    }

    public static Set<String> wires() {
        return Arrays.stream(values()).map(Presence::wire).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Presence> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(wire)).findFirst();
    }
}
