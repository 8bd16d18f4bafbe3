package switchboard.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallObserver;
import switchboard.calls.EntryType;
import switchboard.calls.TimelineEntry;
import switchboard.db.SharedDaos;

/**
 * Counts what this instance saw happen to calls, once their webhook's transaction commits: each call ended
 * (switchboard_calls_total{line,status}, the status at its hangup) and each wait in a queue
 * (switchboard_queue_wait_seconds{line}, buckets at the service-level thresholds).
 */
final class CallMeters implements CallObserver {
    /** Every line's default service level, the short-abandon limit, and the waits people commonly report. */
    static final double[] WAIT_BUCKETS = {5, 10, 20, 30, 45, 60, 120, 180, 300, 600};

    private final MeterRegistry registry;

    CallMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The entries after which a call may have ended or left a queue (whoever recorded the leaving). */
    private static final Set<EntryType> DECISIVE = EnumSet.of(EntryType.HANGUP, EntryType.ANSWERED, EntryType.QUEUE_LEFT);

    @Override
    public void recorded(Handle handle, long callId, List<TimelineEntry> newEntries) {
        if (newEntries.stream().noneMatch(e -> DECISIVE.contains(e.type()))) return;
        boolean hangup = newEntries.stream().anyMatch(e -> e.type() == EntryType.HANGUP);
        MetricsDao dao = SharedDaos.of(handle, MetricsDao.class);
        Optional<MetricsDao.CallLine> call = hangup ? dao.callLine(callId) : Optional.empty();
        Optional<MetricsDao.Waited> waited = dao.leftNow(callId);
        handle.afterCommit(() -> {
            call.ifPresent(c -> Counter.builder("switchboard.calls").description("Calls ended on this instance, by line and status at hangup")
                    .tags("line", c.lineId() == null ? "none" : c.lineId().toString(), "status", c.status())
                    .register(registry).increment());
            waited.ifPresent(w -> DistributionSummary.builder("switchboard.queue.wait").baseUnit("seconds")
                    .description("How long callers waited in the queue, by line").serviceLevelObjectives(WAIT_BUCKETS)
                    .tags("line", Long.toString(w.lineId())).register(registry).record(w.seconds()));
        });
    }
}
