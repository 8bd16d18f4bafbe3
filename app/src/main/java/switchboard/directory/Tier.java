package switchboard.directory;

import java.util.List;

/** One step of a line's escalation: these users ring together, in this order, for this long. */
public record Tier(int position, List<Long> userIds, int ringTimeoutSeconds) {}
