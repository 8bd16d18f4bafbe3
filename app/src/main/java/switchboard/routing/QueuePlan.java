package switchboard.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import switchboard.routing.LineRouting.Member;
import switchboard.routing.LineRouting.Tier;

/**
 * The caller queue's decisions, pure like the rest of routing: whether a call nobody answered waits, and whom a
 * waiting caller is offered to.
 */
public final class QueuePlan {
    public static final String DISABLED = "disabled";
    public static final String CLOSED = "closed";
    public static final String NOBODY_LOGGED_IN = "nobody-logged-in";
    public static final String NOBODY_BUSY = "nobody-busy";
    public static final String FULL = "full";
    /** Merely occupied: someone who will be free soon, so waiting for them makes sense. */
    private static final Set<String> OCCUPIED = Set.of("busy", "reserved", "wrap-up");

    private QueuePlan() {}

    /** Every tier was tried or skipped: the call waits, or goes to voicemail saying why it does not wait. */
    static DialPlan.Decision nobodyAnswered(LineRouting line, Instant now, List<DialPlan.Skip> skipped) {
        Optional<String> skip = skipReason(line, now);
        return skip.isEmpty() ? new DialPlan.Decision(skipped, new DialPlan.Wait())
                : new DialPlan.Decision(skipped, new DialPlan.Voicemail("no-one-answered"), skip.get());
    }

    /**
     * Why the call does not wait, or empty: it waits. It waits when at least one of the line's users is logged in
     * (available, inside working hours, with an app) and merely occupied (busy, reserved, in wrap-up).
     */
    public static Optional<String> skipReason(LineRouting line, Instant now) {
        if (!line.queue().enabled()) return Optional.of(DISABLED);
        if (BusinessHours.closedReason(line.rules(), now).isPresent()) return Optional.of(CLOSED);
        boolean loggedIn = false;
        for (Member m : members(line)) {
            if (!loggedIn(m, now)) continue;
            loggedIn = true;
            if (OCCUPIED.contains(Eligibility.skipReason(m, now, line.rules().wrapUpSeconds()).orElse(""))) {
                return line.waiting() >= line.queue().maxCallers() ? Optional.of(FULL) : Optional.empty();
            }
        }
        return Optional.of(loggedIn ? NOBODY_BUSY : NOBODY_LOGGED_IN);
    }

    /** The line's members who could take a call now (each once, in tier order). */
    public static List<Long> eligible(LineRouting line, Instant now) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Member m : members(line)) {
            if (Eligibility.skipReason(m, now, line.rules().wrapUpSeconds()).isEmpty()) ids.add(m.userId());
        }
        return List.copyOf(ids);
    }

    /**
     * Whom to ring for a waiting caller: the first tier with an eligible member not {@code blocked}; a ring-all tier
     * rings all of them, the others the first in the tier's strategy order. Empty: nobody can take the caller now.
     */
    public static Optional<DialPlan.Ring> offer(LineRouting line, Instant now, long seed, Set<Long> blocked) {
        for (Tier tier : line.tiers()) {
            List<Member> free = new ArrayList<>();
            for (Member m : Strategy.order(tier.strategy(), tier.members(), tier.rotation(), seed)) {
                if (!blocked.contains(m.userId()) && Eligibility.skipReason(m, now, line.rules().wrapUpSeconds()).isEmpty()) {
                    free.add(m);
                }
            }
            if (free.isEmpty()) continue;
            List<Member> ring = Strategy.ringsAll(tier.strategy()) ? free : List.of(free.get(0));
            return Optional.of(new DialPlan.Ring(tier, ring, tier.ringTimeoutSeconds(), List.of(), -1));
        }
        return Optional.empty();
    }

    private static boolean loggedIn(Member m, Instant now) {
        return Presence.AVAILABLE.wire().equals(m.status()) && m.workingHours().isOpen(now.atZone(m.zone())) && !m.apps().isEmpty();
    }

    private static List<Member> members(LineRouting line) {
        return line.tiers().stream().flatMap(t -> t.members().stream()).toList();
    }
}
