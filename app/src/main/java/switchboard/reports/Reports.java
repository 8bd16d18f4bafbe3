package switchboard.reports;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import switchboard.db.SharedDaos;
import switchboard.errors.InvalidInput;

/** Summaries of the call log, added up by the database from the roll-up it keeps (ReportsDao). */
public final class Reports {
    /** A range longer than this is refused: by hour it would be thousands of rows; by user, every call in it one by one. */
    static final Duration MAX_RANGE = Duration.ofDays(400);
    static final Duration MAX_HOURLY_RANGE = Duration.ofDays(31);
    private static final Figures NOTHING = new Figures(0, 0, 0, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, null, 0, null, 0, 0, 0, null);

    private static final int FOLD_BATCH = 50_000;

    private final Jdbi jdbi;

    public Reports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Summary summary(Summary.Query q) {
        check(q);
        fold();
        String groupBy = q.groupBy().wire();
        // Whole days come from the roll-up, which is per line and day: not by hour, nor for a user's share of calls.
        boolean rollup = q.userId() == null && q.groupBy() != GroupBy.HOUR && q.groupBy() != GroupBy.USER;
        // One snapshot for the rows and the total, so that they agree however calls end meanwhile.
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            ReportsDao dao = SharedDaos.of(h, ReportsDao.class);
            List<Row> rows = dao.summary(q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC), q.lineId(),
                    q.userId(), q.simulated(), groupBy, rollup);
            List<Row> total = dao.summary(q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC), q.lineId(),
                    q.userId(), q.simulated(), "total", q.userId() == null);
            return new Summary(q.from(), q.to(), groupBy, rows, total.isEmpty() ? NOTHING : total.get(0).figures());
        });
    }

    /** Folds the calls' changes into the roll-up, a batch per transaction (the summary reads what is left as it is). */
    public void fold() {
        fold(FOLD_BATCH);
    }

    void fold(int batch) {
        long moved;
        do {
            moved = jdbi.inTransaction(h -> {
                ReportsDao dao = SharedDaos.of(h, ReportsDao.class);
                List<ReportsDao.Folded> days = dao.fold(batch);
                days.stream().filter(ReportsDao.Folded::waitWithdrawn).forEach(dao::measureLongestWait);
                return days.stream().mapToLong(ReportsDao.Folded::changes).sum();
            });
        } while (moved == batch);
    }

    private static void check(Summary.Query q) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!q.from().isBefore(q.to())) problems.put("from", "must be before to");
        Duration range = Duration.between(q.from(), q.to());
        if (range.compareTo(MAX_RANGE) > 0) problems.put("to", "must be at most " + MAX_RANGE.toDays() + " days after from");
        else if (q.groupBy() == GroupBy.HOUR && range.compareTo(MAX_HOURLY_RANGE) > 0) {
            problems.put("groupBy", "hour covers at most " + MAX_HOURLY_RANGE.toDays() + " days; use day or week");
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
    }
}
