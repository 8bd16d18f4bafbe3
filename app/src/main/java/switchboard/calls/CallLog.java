package switchboard.calls;

import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.NotFound;

/** The call history, read: pages newest first, one call with its timeline, or every match in batches. */
public final class CallLog {
    private static final int BATCH = 500;

    private final Jdbi jdbi;

    public CallLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to {@code limit} calls below {@code beforeId} (null: the newest). */
    public List<CallLogDao.CallEntry> page(CallLogDao.Filter filter, Long beforeId, int limit) {
        return SharedDaos.with(jdbi, CallLogDao.class, dao -> dao.page(filter, beforeId, limit));
    }

    public CallView get(long id) {
        return SharedDaos.with(jdbi, CallLogDao.class, dao -> dao.byId(id).map(c -> CallView.of(c, dao.events(id))))
                .orElseThrow(() -> NotFound.of("call", id));
    }

    /** Every matching call, a batch per query, so memory stays flat however long the history. */
    public void each(CallLogDao.Filter filter, Consumer<CallLogDao.CallEntry> out) {
        Long before = null;
        List<CallLogDao.CallEntry> batch;
        do {
            batch = page(filter, before, BATCH);
            batch.forEach(out);
            if (!batch.isEmpty()) before = batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
    }
}
