package switchboard.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import switchboard.routing.QueueRules;

/**
 * A company number: a Plivo SIP endpoint attached to our Application, with its routing rules.
 * businessHours and closures are JSON as stored (validated on the way in); queue is its caller queue. ownerFirst,
 * ownerRingSeconds, stickyDays: who rings before the tiers, for callers the contacts know (see contacts.OwnerFirst).
 * serviceLevelSeconds: the reports' service-level threshold. hasMenu, hasRota: whether it has a menu and published rota
 * turns, read with the line (not shown by the API) so a call to a line without them skips those lookups.
 */
public record Line(long id, String name, String sipUri, String voicemailPrompt, int ringTimeoutSeconds,
                   int wrapUpSeconds, Integer missedCallsBeforeAway, String timeZone,
                   @JsonRawValue String businessHours, @JsonRawValue String closures, String closedMessage,
                   Integer maxRingSeconds, QueueRules queue,
                   boolean ownerFirst, int ownerRingSeconds, Integer stickyDays, int serviceLevelSeconds,
                   @JsonIgnore boolean hasMenu, @JsonIgnore boolean hasRota) {
    /** Answered within this many seconds counts toward the line's service level (reports). */
    public static final int SERVICE_LEVEL_SECONDS = 20;
    public static final int OWNER_RING_SECONDS = 15;

    public static Line draft(String name, String sipUri) {
        return new Line(0, name, sipUri, null, 20, 0, null, "UTC", null, "[]", null, null, QueueRules.OFF, false,
                OWNER_RING_SECONDS, null, SERVICE_LEVEL_SECONDS, false, false);
    }
}
