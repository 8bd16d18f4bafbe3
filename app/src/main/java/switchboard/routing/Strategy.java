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
    public static final Set<String> ALL = Set.of(RING_ALL, "sequential", "longest-idle", "fewest-calls", "round-robin", "random");

    private Strategy() {}

    public static boolean ringsAll(String strategy) {
        return RING_ALL.equals(strategy);
    }

    /** members arrive in tier order; seed makes "random" repeatable for one call. */
    public static List<Member> order(String strategy, List<Member> members, long rotation, long seed) {
        List<Member> out = new ArrayList<>(members);
        switch (strategy) {
            // Never-called users have been idle forever: they go first.
            case "longest-idle" -> out.sort(Comparator.comparing(m -> m.load().lastCallEndedAt(),
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
            case "fewest-calls" -> out.sort(Comparator.comparingInt(m -> m.load().answeredToday()));
            case "round-robin" -> {
                if (!out.isEmpty()) Collections.rotate(out, -(int) Math.floorMod(rotation, (long) out.size()));
            }
            case "random" -> Collections.shuffle(out, new Random(seed));
            default -> { } // ring-all and sequential keep the tier's order
        }
        return out;
    }
}
