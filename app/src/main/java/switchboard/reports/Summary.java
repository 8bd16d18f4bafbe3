package switchboard.reports;

import java.time.Instant;
import java.util.List;

/** GET /api/reports/summary: the range asked, the grouping, a row per key (in key order) and the figures of all of it. */
public record Summary(Instant from, Instant to, String groupBy, List<Row> rows, Figures total) {
    /** What a summary is asked for: calls started in [from, to), of one line and/or user (null: all). */
    public record Query(Instant from, Instant to, Long lineId, Long userId, boolean simulated, GroupBy groupBy) {}
}
