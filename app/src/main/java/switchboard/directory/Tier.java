package switchboard.directory;

import java.util.List;

/** One step of a line's escalation: these users, in this order, rung by this strategy for this long. */
public record Tier(int position, List<Long> userIds, int ringTimeoutSeconds, String strategy) {}
