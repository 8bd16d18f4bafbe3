package switchboard.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the router knows about a line at the moment of a decision: rules, tiers, members and their load, its queue's
 * rules and how many callers wait in it now.
 */
public record LineRouting(long lineId, String lineName, String voicemailPrompt, Rules rules, List<Tier> tiers,
                          QueueRules queue, int waiting) {

    public LineRouting withWaiting(int callers) {
        return new LineRouting(lineId, lineName, voicemailPrompt, rules, tiers, queue, callers);
    }

    /** Per-line routing rules. Nullable numbers mean: off. */
    public record Rules(int wrapUpSeconds, Integer missedCallsBeforeAway, ZoneId zone, WeeklyHours businessHours,
                        Map<LocalDate, String> closures, String closedMessage, Integer maxRingSeconds) {
        public static final Rules DEFAULT = new Rules(0, null, ZoneId.of("UTC"), WeeklyHours.ALWAYS, Map.of(), null, null);
    }

    /** One of the line's tiers (positions 1..n), or a lead tier (lead not null) rung before tier 1 for this call. */
    public record Tier(int position, int ringTimeoutSeconds, String strategy, long rotation, List<Member> members, Lead lead) {
        public Tier(int position, int ringTimeoutSeconds, String strategy, long rotation, List<Member> members) {
            this(position, ringTimeoutSeconds, strategy, rotation, members, null);
        }

        public List<MemberApp> apps() {
            return members.stream().flatMap(m -> m.apps().stream()).toList();
        }
    }

    /**
     * Who rings before the line's tiers for one call, each at a fixed position before tier 1 (so a call's stored steps
     * keep meaning the same tier whatever leads the next decision sees). {@code ringsOnce}: its people are not rung
     * again by the line's tiers.
     */
    public enum Lead {
        /** The caller's contact owner: rung first, then the tiers as usual. */
        OWNER(-1, false),
        /**
         * The user who last answered this caller on the line, when no owner rings: the same place as OWNER (a call
         * has one or the other), its own kind so the timeline says which.
         */
        STICKY(-1, false),
        /** The people on the rota's turn now: rung first, and not again by the tiers. */
        ROTA(0, true);

        private final int position;
        private final boolean ringsOnce;

        Lead(int position, boolean ringsOnce) {
            this.position = position;
            this.ringsOnce = ringsOnce;
        }

        public int position() {
            return position;
        }

        public boolean ringsOnce() {
            return ringsOnce;
        }

        /** A lead tier of these members, rung with this strategy for this long. */
        public Tier tier(List<Member> members, String strategy, int ringTimeoutSeconds) {
            return new Tier(position, ringTimeoutSeconds, strategy, 0, members, this);
        }
    }

    /** The same line with these lead tiers before its own (at most one per kind; empty ones are left out). */
    public LineRouting withLeads(List<Tier> leads) {
        if (leads.isEmpty()) return this;
        List<Tier> all = new java.util.ArrayList<>(leads.stream().filter(t -> !t.members().isEmpty()).toList());
        all.sort(java.util.Comparator.comparingInt(Tier::position));
        all.addAll(tiers);
        return new LineRouting(lineId, lineName, voicemailPrompt, rules, List.copyOf(all), queue, waiting);
    }

    /** A user in a tier, with their presence, capacity, hours and current load. */
    public record Member(long userId, String name, List<MemberApp> apps, String status, int maxConcurrentCalls,
                         ZoneId zone, WeeklyHours workingHours, Load load) {}

    /** Open offers (ringing: reserved; talking: busy) and history the strategies use. */
    public record Load(int ringing, int talking, Instant lastCallEndedAt, int answeredToday) {
        public static final Load IDLE = new Load(0, 0, null, 0);
    }

    public record MemberApp(long appId, String label, String sipUri) {}

    /** A line with these tiers and no rules, no load, no queue: the shape of the original tiered flow. */
    public static LineRouting simple(long lineId, String lineName, String voicemailPrompt, List<Tier> tiers) {
        return new LineRouting(lineId, lineName, voicemailPrompt, Rules.DEFAULT, tiers, QueueRules.OFF, 0);
    }
}
