package switchboard.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A user's presence, as they set it: only available users are rung. Stored and shown as "available"... */
public enum Presence {
    AVAILABLE, AWAY, OFFLINE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<String> wires() {
        return Arrays.stream(values()).map(Presence::wire).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Presence> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire().equals(wire)).findFirst();
    }
}
