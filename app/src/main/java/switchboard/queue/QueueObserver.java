package switchboard.queue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallObserver;
import switchboard.calls.Daos;
import switchboard.calls.EntryType;
import switchboard.calls.Timeline;
import switchboard.calls.TimelineEntry;
import switchboard.db.SharedDaos;
import switchboard.queue.QueueDao.Entry;

/**
 * Told of each webhook's new timeline entries, in its transaction: a waiting caller who is answered leaves the
 * queue (answered), one who hangs up leaves it abandoned; and when a call, a leg or an offer ends, a user may have
 * become free, so the dispatcher is woken once the transaction commits.
 */
public final class QueueObserver implements CallObserver {
    private static final Set<EntryType> LEAVING = EnumSet.of(EntryType.ANSWERED, EntryType.DIAL_ENDED, EntryType.HANGUP);
    private static final Set<EntryType> FREEING = EnumSet.of(EntryType.DIAL_ENDED, EntryType.LEG_ENDED, EntryType.HANGUP);

    private final Runnable wake;

    /** wake: the dispatcher's, run after the commit (nothing, where no dispatcher runs). */
    public QueueObserver(Runnable wake) {
        this.wake = wake;
    }

    @Override
    public void recorded(Handle handle, long callId, List<TimelineEntry> newEntries) {
        boolean leaving = false;
        boolean freeing = false;
        boolean hangup = false;
        for (TimelineEntry e : newEntries) {
            leaving |= LEAVING.contains(e.type());
            freeing |= FREEING.contains(e.type());
            hangup |= e.type() == EntryType.HANGUP;
        }
        if (leaving) leave(handle, callId, hangup);
        if (freeing) handle.afterCommit(wake);
    }

    private static void leave(Handle handle, long callId, boolean hungUp) {
        QueueDao q = SharedDaos.of(handle, QueueDao.class);
        Optional<Entry> entry = q.ofCall(callId).filter(Entry::waiting);
        if (entry.isEmpty()) return;
        Optional<Instant> answered = q.answeredAt(callId);
        if (answered.isEmpty() && !hungUp) return;
        Timeline timeline = new Daos(handle).timeline(callId, CallObserver.NONE);
        QueueSteps.leave(q, timeline, entry.get(), answered.isPresent() ? Outcome.ANSWERED : Outcome.ABANDONED, answered.orElse(null));
        timeline.save();
    }
}
