package switchboard.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The call's time, in whole seconds since it came in. Fast: time only moves on paper (the durations are sent as
 * Plivo's parameters); real time: it is waited out. Deadlines end the call wherever it is (the caller giving up,
 * a scheduled Hangup, Plivo's call limit); background requests (a recording ready, a transcription) are sent
 * when their time comes, or after the hangup if the call ends first.
 */
final class SimClock {
    /** Plivo ends every call after four hours. */
    static final long CALL_LIMIT_SECONDS = 4 * 3600;

    record Deadline(long at, Ending ending) {}

    private record Task(long due, long order, Runnable send) {}

    private final boolean realTime;
    private final List<Deadline> deadlines = new ArrayList<>();
    private final PriorityQueue<Task> background =
            new PriorityQueue<>(Comparator.comparingLong(Task::due).thenComparingLong(Task::order));
    private long now;
    private long tasks;
    private Deadline reached;

    SimClock(boolean realTime) {
        this.realTime = realTime;
        deadlines.add(new Deadline(CALL_LIMIT_SECONDS, Ending.CALL_LIMIT));
    }

    long now() {
        return now;
    }

    void endAt(long at, Ending ending) {
        deadlines.add(new Deadline(at, ending));
    }

    /** Lets time pass; false when a deadline ends the call first (the clock then stands at it). */
    boolean pass(long seconds) {
        long target = seconds >= CALL_LIMIT_SECONDS * 2 ? Long.MAX_VALUE : now + seconds;
        Deadline first = deadlines.stream().filter(d -> d.at() <= target).min(Comparator.comparingLong(Deadline::at)).orElse(null);
        long until = first == null ? target : Math.max(now, first.at());
        while (!background.isEmpty() && background.peek().due() <= until) {
            Task t = background.poll();
            moveTo(Math.max(now, t.due()));
            t.send().run();
        }
        moveTo(until);
        if (first != null) reached = first;
        return first == null;
    }

    /** The deadline that ended the call, if one did. */
    Deadline reached() {
        return reached;
    }

    void later(long inSeconds, Runnable send) {
        background.add(new Task(now + inSeconds, tasks++, send));
    }

    /** After the hangup: what was still to come is sent now, in order. */
    void flush() {
        while (!background.isEmpty()) background.poll().send().run();
    }

    private void moveTo(long t) {
        if (t <= now) return;
        if (realTime) {
            try {
                Thread.sleep((t - now) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotSimulate("interrupted");
            }
        }
        now = t;
    }
}
