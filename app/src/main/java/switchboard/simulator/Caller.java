package switchboard.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** The simulated people: who picks up when rung (their addresses), and what the caller does. */
final class Caller {
    private final Set<String> pickUp;
    private final CallOptions options;
    private final Deque<String> presses;

    /** {@code pickUp}: SIP URIs and numbers of whoever answers; empty: nobody does. */
    Caller(Set<String> pickUp, CallOptions options) {
        this.pickUp = pickUp.stream().map(Caller::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.options = options;
        this.presses = new ArrayDeque<>(options.presses());
    }

    /** The first of a Dial's targets that picks up, or -1. */
    int picksUp(List<Verb.Target> targets) {
        for (int i = 0; i < targets.size(); i++) {
            if (pickUp.contains(key(targets.get(i).address()))) return i;
        }
        return -1;
    }

    String outcome() {
        return options.outcome();
    }

    int talkSeconds() {
        return options.talkSeconds();
    }

    /** Null: the caller hangs up at the beep. */
    Integer voicemailSeconds() {
        return options.voicemailSeconds();
    }

    /** The keys for the next menu; null when the caller presses nothing (no entries left, or an empty one). */
    String nextPress() {
        String keys = presses.poll();
        return keys == null || keys.isEmpty() ? null : keys;
    }

    private static String key(String address) {
        String a = People.address(address);
        return a.matches("\\+?[0-9]+") ? a.replace("+", "") : a;
    }
}
