package switchboard.reports;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import switchboard.errors.InvalidInput;

/** Summaries of the call log, computed by the database (ReportsDao). */
public final class Reports {
    /** A range longer than this is refused: by hour it would be thousands of rows, otherwise a bench-sized scan. */
    static final Duration MAX_RANGE = Duration.ofDays(400);
    static final Duration MAX_HOURLY_RANGE = Duration.ofDays(31);
    private static final Figures NOTHING = new Figures(0, 0, 0, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, null, 0, null, 0, 0, 0, null);

    private final Jdbi jdbi;

    public Reports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Summary summary(Summary.Query q) {
        check(q);
        String groupBy = q.groupBy().wire();
        return jdbi.inTransaction(h -> {
            ReportsDao dao = h.attach(ReportsDao.class);
            dao.planForLargeRanges();
            List<Row> rows = dao.summary(q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC), q.lineId(),
                    q.userId(), q.simulated(), groupBy);
            List<Row> total = dao.summary(q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC), q.lineId(),
                    q.userId(), q.simulated(), "total");
            return new Summary(q.from(), q.to(), groupBy, rows, total.isEmpty() ? NOTHING : total.get(0).figures());
        });
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
