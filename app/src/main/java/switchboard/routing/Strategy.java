package switchboard.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import switchboard.routing.LineRouting.Member;

/** How a tier orders its eligible members. All but ring-all ring them one at a time in that order. */
public final class Strategy {
    public static final String RING_ALL = "ring-all";
    public static final String SEQUENTIAL = "sequential";
    public static final String LONGEST_IDLE = "longest-idle";
    public static final String FEWEST_CALLS = "fewest-calls";
    public static final String ROUND_ROBIN = "round-robin";
    public static final String RANDOM = "random";
    public static final Set<String> ALL = Set.of(RING_ALL, SEQUENTIAL, LONGEST_IDLE, FEWEST_CALLS, ROUND_ROBIN, RANDOM);

    private Strategy() {}

    public static boolean ringsAll(String strategy) {
        return RING_ALL.equals(strategy);
    }

    /** members arrive in tier order; seed makes "random" repeatable for one call. */
    public static List<Member> order(String strategy, List<Member> members, long rotation, long seed) {
        List<Member> out = new ArrayList<>(members);
        switch (strategy) {
            // Never-called users have been idle forever: they go first.
            case LONGEST_IDLE -> out.sort(Comparator.comparing(m -> m.load().lastCallEndedAt(),
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
            case FEWEST_CALLS -> out.sort(Comparator.comparingInt(m -> m.load().answeredToday()));
            case ROUND_ROBIN -> {
                if (!out.isEmpty()) Collections.rotate(out, -(int) Math.floorMod(rotation, (long) out.size()));
            }
            case RANDOM -> Collections.shuffle(out, new Random(seed));
            default -> { } // ring-all and sequential keep the tier's order
        }
        return out;
    }
}
