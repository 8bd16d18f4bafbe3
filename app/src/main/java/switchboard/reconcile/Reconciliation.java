package switchboard.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallObserver;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoCallRecords.CallRecord;
import switchboard.plivoapi.PlivoCallRecords.RecordingRecord;

/**
 * `plivo reconcile`: compares Plivo's call records and recordings of a window with our log and fills in what
 * a lost webhook should have told us. Each repair writes the fact and the timeline event the webhook would
 * have written, under the same dedupe key, so a second run (or the late webhook itself) adds nothing.
 */
public final class Reconciliation {
    public enum Repair { CREATED, ANSWERED, CLOSED, VOICEMAIL }

    public record Repaired(long callId, String callUuid, List<Repair> repairs) {}

    public record Report(Instant since, int callRecords, int recordings, List<Repaired> repaired) {}

    private final Jdbi jdbi;
    private final PlivoCallRecords plivo;
    private final CallObserver observer;

    public Reconciliation(Jdbi jdbi, PlivoCallRecords plivo, CallObserver observer) {
        this.jdbi = jdbi;
        this.plivo = plivo;
        this.observer = observer;
    }

    public Report run(Instant since) {
        List<CallRecord> records = plivo.callsEndedSince(since);
        List<RecordingRecord> recordings = plivo.recordingsSince(since);
        // A legs are the callers' calls; B legs are our Dials ringing the users' apps, filed under their A leg.
        Map<String, CallRecord> callers = records.stream().filter(Reconciliation::isCaller)
                .collect(Collectors.toMap(CallRecord::uuid, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<CallRecord>> legs = records.stream().filter(r -> r.parentUuid() != null)
                .collect(Collectors.groupingBy(CallRecord::parentUuid));
        Map<String, List<RecordingRecord>> byCall = recordings.stream().filter(r -> r.callUuid() != null)
                .collect(Collectors.groupingBy(RecordingRecord::callUuid));
        Set<String> uuids = new LinkedHashSet<>(callers.keySet());
        uuids.addAll(byCall.keySet());
        List<Repaired> repaired = new ArrayList<>();
        for (String uuid : uuids) {
            var facts = new PlivoFacts(callers.get(uuid), answeredLeg(legs.getOrDefault(uuid, List.of())),
                    longest(byCall.getOrDefault(uuid, List.of())));
            jdbi.inTransaction(h -> new CallRepair(h, observer).repair(uuid, facts)).ifPresent(repaired::add);
        }
        return new Report(since, records.size(), recordings.size(), List.copyOf(repaired));
    }

    /** What Plivo knows about one call: its caller leg, the leg a user answered, its longest recording (each may be null). */
    record PlivoFacts(CallRecord caller, CallRecord answered, RecordingRecord recording) {}

    private static boolean isCaller(CallRecord r) {
        return r.parentUuid() == null && "inbound".equals(r.direction());
    }

    private static CallRecord answeredLeg(List<CallRecord> legs) {
        return legs.stream().filter(l -> l.answeredAt() != null && l.durationSeconds() != null && l.durationSeconds() > 0)
                .min(Comparator.comparing(CallRecord::answeredAt)).orElse(null);
    }

    /** A recording with no URL or no length is not a voicemail, as in the webhooks. */
    private static RecordingRecord longest(List<RecordingRecord> recordings) {
        Optional<RecordingRecord> best = recordings.stream()
                .filter(r -> r.url() != null && !r.url().isBlank() && r.durationSeconds() > 0)
                .max(Comparator.comparingInt(RecordingRecord::durationSeconds));
        return best.orElse(null);
    }
}
