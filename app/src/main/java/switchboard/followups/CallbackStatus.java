package switchboard.followups;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a callback stands; open and in-progress ones are "open" for the one-per-caller-and-line rule. */
public enum CallbackStatus {
    OPEN("open"), IN_PROGRESS("in-progress"), DONE("done"), NO_REPLY("no-reply");

    private final String wire;

    CallbackStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean is(String stored) {
        return wire.equals(stored);
    }

    public static Set<String> wires() {
        return Arrays.stream(values()).map(CallbackStatus::wire).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<CallbackStatus> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
    }
}
