package switchboard.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import switchboard.routing.LineRouting.Member;
import switchboard.routing.LineRouting.Tier;

/** Pure routing: given a line, where the call is and the time, what happens next. No I/O. */
public final class DialPlan {
    private DialPlan() {}

    /** Where a call stands: the tier that last rang and, for one-at-a-time tiers, its order and who rang. */
    public record Position(int tier, List<Long> order, int index) {
        /** Before every tier, lead tiers (positions 0 and below) included. */
        public static final Position START = new Position(Integer.MIN_VALUE, List.of(), -1);
    }

    /** The moment of the decision and what makes "random" repeatable for this call. */
    public record Moment(Instant now, Instant callStartedAt, long seed) {}

    /** A tier (userId null) or a user passed over without ringing, and why. */
    public record Skip(int tierPosition, Long userId, String userName, String reason) {}

    public sealed interface Next permits Ring, Voicemail, Closed, Wait {}

    /** Ring these members' apps at once; order/index say where a one-at-a-time tier stands. */
    public record Ring(Tier tier, List<Member> members, int timeoutSeconds, List<Long> order, int index) implements Next {}

    /** Nobody (left) to ring: take a message. reason: "no-one-answered" or "max-ring-time". */
    public record Voicemail(String reason) implements Next {}

    /** The line is closed: say so, then take a message. */
    public record Closed(String reason) implements Next {}

    /** Everyone is busy: the caller waits in the line's queue (see {@link QueuePlan}). */
    public record Wait() implements Next {}

    /** queueSkipped: why a call going to voicemail does not wait in the line's queue (null: the queue had no say). */
    public record Decision(List<Skip> skipped, Next next, String queueSkipped) {
        public Decision(List<Skip> skipped, Next next) {
            this(skipped, next, null);
        }
    }

    /** The first step of a new call. */
    public static Decision start(LineRouting line, Moment at) {
        Optional<String> closed = BusinessHours.closedReason(line.rules(), at.now());
        if (closed.isPresent()) {
            return new Decision(List.of(), new Closed(closed.get()), line.queue().enabled() ? QueuePlan.CLOSED : null);
        }
        return after(line, Position.START, at);
    }

    /** The step after the Dial at {@code from} rang out. */
    public static Decision after(LineRouting line, Position from, Moment at) {
        List<Skip> skipped = new ArrayList<>();
        Integer cap = line.rules().maxRingSeconds();
        long rungFor = Duration.between(at.callStartedAt(), at.now()).toSeconds();
        if (cap != null && rungFor >= cap) return new Decision(skipped, new Voicemail("max-ring-time"));
        int wrapUp = line.rules().wrapUpSeconds();
        Set<Long> rungFirst = line.tiers().stream().filter(t -> t.lead() != null && t.lead().ringsOnce())
                .flatMap(t -> t.members().stream()).map(Member::userId).collect(Collectors.toSet());
        for (Tier tier : line.tiers()) {
            if (tier.position() < from.tier()) continue;
            boolean resuming = tier.position() == from.tier();
            if (resuming && Strategy.ringsAll(tier.strategy())) continue;
            List<Long> order = resuming ? from.order()
                    : Strategy.order(tier.strategy(), tier.members(), tier.rotation(), at.seed()).stream().map(Member::userId).toList();
            List<Member> eligible = new ArrayList<>();
            for (int i = resuming ? from.index() + 1 : 0; i < order.size(); i++) {
                Optional<Member> member = member(tier, order.get(i));
                if (member.isEmpty()) continue; // left the tier since the call started
                if (tier.lead() == null && rungFirst.contains(member.get().userId())) continue; // a lead tier rang them
                Optional<String> reason = Eligibility.skipReason(member.get(), at.now(), wrapUp);
                if (reason.isPresent()) {
                    skipped.add(new Skip(tier.position(), member.get().userId(), member.get().name(), reason.get()));
                } else if (Strategy.ringsAll(tier.strategy())) {
                    eligible.add(member.get());
                } else {
                    return new Decision(skipped, new Ring(tier, List.of(member.get()), timeout(tier, cap, rungFor), order, i));
                }
            }
            if (!eligible.isEmpty()) {
                return new Decision(skipped, new Ring(tier, eligible, timeout(tier, cap, rungFor), order, -1));
            }
            if (!resuming) skipped.add(new Skip(tier.position(), null, null, emptiness(tier, rungFirst)));
        }
        return QueuePlan.nobodyAnswered(line, at.now(), skipped);
    }

    /** Why a tier rang nobody: nobody in it, everybody already rung by a lead tier, or nobody eligible now. */
    private static String emptiness(Tier tier, Set<Long> rungFirst) {
        if (tier.members().isEmpty()) return "no-members";
        boolean allRungFirst = tier.lead() == null && tier.members().stream().allMatch(m -> rungFirst.contains(m.userId()));
        return allRungFirst ? "rung-first" : "nobody-eligible";
    }

    private static Optional<Member> member(Tier tier, long userId) {
        return tier.members().stream().filter(m -> m.userId() == userId).findFirst();
    }

    /** Never ring past the line's total cap. */
    private static int timeout(Tier tier, Integer cap, long rungFor) {
        return cap == null ? tier.ringTimeoutSeconds() : (int) Math.max(1, Math.min(tier.ringTimeoutSeconds(), cap - rungFor));
    }
}
