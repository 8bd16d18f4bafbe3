package switchboard.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallFacts;
import switchboard.calls.CallObserver;
import switchboard.calls.CallSteps;
import switchboard.calls.Daos;
import switchboard.calls.Incoming;
import switchboard.calls.Step;
import switchboard.calls.Timeline;
import switchboard.db.SharedDaos;
import switchboard.directory.Hours;
import switchboard.directory.Line;
import switchboard.plivoapi.LiveCalls;
import switchboard.plivoapi.PlivoApiError;
import switchboard.queue.QueueDao.Entry;

/**
 * The caller queue's transactions: what follows a wait step (its Redirect, a key, or Plivo fetching the offer a live
 * transfer sent the caller to: all three read the same stored next step under the call's row lock, so whichever comes
 * first decides and the others change nothing), and the dispatcher's offers to users who became free.
 */
public final class Queues {
    private static final Logger log = LoggerFactory.getLogger(Queues.class);
    /** The dispatcher leaves a caller whose wait step ends this soon to that step: no transfer racing a Redirect. */
    static final int NOT_WITHIN_SECONDS = 3;

    private final Jdbi jdbi;
    private final CallSteps steps;
    private final QueueSteps queue;
    private final CallObserver observer;
    private final Optional<LiveCalls> plivo;
    private final String publicUrl;
    private final Clock clock;

    private record Transfer(String callUuid, int waitStep) {}

    public Queues(Jdbi jdbi, CallSteps steps, QueueSteps queue, CallObserver observer, Optional<LiveCalls> plivo,
                  String publicUrl, Clock clock) {
        this.jdbi = jdbi;
        this.steps = steps;
        this.queue = queue;
        this.observer = observer;
        this.plivo = plivo;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The callers waiting now, per line. */
    public QueueView now() {
        return QueueView.now(jdbi);
    }

    /** The URL that ends wait step {@code step}: its Redirect, and where a live transfer sends the caller. */
    public static String nextPath(int step) {
        return "/plivo/queue/" + step + "/next";
    }

    /** Step {@code step} + 1, after wait step {@code step}; empty: the call is not waiting at that step. */
    public Optional<String> next(Incoming.Call in, int step) {
        return after(in, step, null);
    }

    /** Step {@code step} + 1: the caller pressed {@code digits} during wait step {@code step}. */
    public Optional<String> key(Incoming.Call in, int step, String digits) {
        return after(in, step, digits == null ? "" : digits);
    }

    private Optional<String> after(Incoming.Call in, int step, String digits) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallRow call = new CallFacts(db).lockOrCreate(in.callUuid(), in.from(), in.to(), null);
            List<Step> known = db.calls().steps(call.id(), step, step + 1);
            Optional<Step> done = known.stream().filter(s -> s.number() == step + 1).findFirst();
            if (done.isPresent()) return Optional.of(done.get().xml()); // a retry, or the later of a transfer and a Redirect
            boolean waited = known.stream().anyMatch(s -> s.number() == step && Step.QUEUE_WAIT.equals(s.kind()));
            Optional<Entry> entry = db.dao(QueueDao.class).ofCall(call.id()).filter(Entry::waiting);
            Optional<Line> line = entry.flatMap(e -> db.directory().lineById(e.lineId()));
            if (!waited || line.isEmpty()) return Optional.<String>empty();
            Timeline timeline = db.timeline(call.id(), observer);
            return Optional.of(digits == null ? queue.next(steps, db, timeline, call, step + 1, entry.get(), line.get(), Set.of())
                    : queue.key(steps, db, timeline, call, step + 1, entry.get(), line.get(), digits));
        });
    }

    /**
     * Offers waiting callers to users who are free now, at once: a new step ringing the user, then Plivo's live
     * transfer of the caller's leg to it. Without Plivo credentials, the callers' next wait steps do it instead.
     * Returns how many callers were transferred.
     */
    public int dispatch() {
        if (plivo.isEmpty()) return 0;
        List<QueueDao.Candidate> rows = SharedDaos.with(jdbi, QueueDao.class, dao -> dao.candidates(NOT_WITHIN_SECONDS));
        int transferred = 0;
        for (QueueDao.Candidate c : pick(rows)) {
            Optional<Transfer> transfer = jdbi.inTransaction(h -> offerNow(h, c.callId()));
            if (transfer.isPresent()) {
                transfer(transfer.get());
                transferred++;
            }
        }
        return transferred;
    }

    /** Queue order: the first waiting caller each free user (inside working hours) could take; each caller once. */
    private List<QueueDao.Candidate> pick(List<QueueDao.Candidate> rows) {
        Instant now = clock.instant();
        Set<Long> callers = new HashSet<>();
        Set<Long> users = new HashSet<>();
        List<QueueDao.Candidate> picked = new ArrayList<>();
        for (QueueDao.Candidate c : rows) {
            if (callers.contains(c.entryId()) || users.contains(c.userId())) continue;
            if (!Hours.weekly(c.workingHours()).isOpen(now.atZone(Hours.zone(c.timeZone())))) continue;
            callers.add(c.entryId());
            users.add(c.userId());
            picked.add(c);
        }
        return picked;
    }

    private Optional<Transfer> offerNow(Handle h, long callId) {
        Daos db = new Daos(h);
        QueueDao q = db.dao(QueueDao.class);
        Optional<CallRow> call = q.lockIfFree(callId);
        if (call.isEmpty()) return Optional.empty(); // a webhook of this call is running: it decides
        Optional<Entry> entry = q.ofCall(callId).filter(e -> e.waiting() && e.offerStep() == null
                && e.dueInSeconds() > NOT_WITHIN_SECONDS);
        if (entry.isEmpty() || db.calls().step(callId, entry.get().step() + 1).isPresent()) return Optional.empty();
        Optional<Line> line = db.directory().lineById(entry.get().lineId());
        if (line.isEmpty()) return Optional.empty();
        Timeline timeline = db.timeline(callId, observer);
        return queue.offerNow(steps, db, timeline, call.get(), entry.get(), line.get(), entry.get().dueInSeconds())
                .map(step -> new Transfer(call.get().callUuid(), entry.get().step()));
    }

    /** After the commit: Plivo fetches the step the transfer names. Failing that, the wait step's Redirect does. */
    private void transfer(Transfer t) {
        try {
            plivo.orElseThrow().transfer(t.callUuid(), publicUrl + nextPath(t.waitStep()));
        } catch (PlivoApiError e) {
            log.warn("live transfer of waiting call {} failed, its wait step's Redirect will ring the user instead: {}",
                    t.callUuid(), e.getMessage());
        }
    }
}
