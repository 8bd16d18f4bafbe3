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

    public record Tier(int position, int ringTimeoutSeconds, String strategy, long rotation, List<Member> members) {
        public List<MemberApp> apps() {
            return members.stream().flatMap(m -> m.apps().stream()).toList();
        }
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
