package switchboard.routing;

/**
 * A line's caller queue: whether callers wait when everyone is busy, for how long, how many, how often they hear
 * their position, what they hear in between (null: Switchboard's own sound), the keys that leave the queue (null:
 * no such option), and how long a user who let a caller ring out is not offered that caller again.
 */
public record QueueRules(boolean enabled, int maxWaitSeconds, int maxCallers, int announceEverySeconds,
                         String holdMusicUrl, String voicemailKey, String callbackKey, int retrySeconds) {
    public static final QueueRules OFF = new QueueRules(false, 300, 10, 30, null, "1", "2", 60);
}
