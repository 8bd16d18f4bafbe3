package switchboard.queue;

import java.util.List;

/**
 * The expected wait a caller hears: an exponentially weighted average of the line's latest answered waits (each
 * newer one weighs 30%, so a busy hour shows within a few calls), less what this caller has waited already, in
 * whole minutes and at least one. Said only with five answered waits or more to go on.
 */
final class WaitEstimate {
    static final int MIN_HISTORY = 5;
    private static final double WEIGHT = 0.3;

    private WaitEstimate() {}

    /** newestFirst: answered waits in seconds; null: too little history to say. */
    static Integer minutes(List<Integer> newestFirst, int waitedSeconds) {
        if (newestFirst.size() < MIN_HISTORY) return null;
        double average = newestFirst.get(newestFirst.size() - 1);
        for (int i = newestFirst.size() - 2; i >= 0; i--) average = WEIGHT * newestFirst.get(i) + (1 - WEIGHT) * average;
        return (int) Math.max(1, Math.round((average - waitedSeconds) / 60));
    }
}
