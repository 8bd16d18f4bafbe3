package switchboard.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallSteps;
import switchboard.contacts.CallerPriority;
import switchboard.calls.Daos;
import switchboard.calls.EntryType;
import switchboard.calls.Step;
import switchboard.calls.Timeline;
import switchboard.calls.Waiting;
import switchboard.directory.Line;
import switchboard.media.Tones;
import switchboard.plivo.xml.QueueXml;
import switchboard.queue.QueueDao.Entry;
import switchboard.routing.DialPlan;
import switchboard.routing.LineRouting;
import switchboard.routing.QueuePlan;
import switchboard.routing.QueueRules;

/**
 * The queue's numbered steps, each recorded in its webhook's (or the dispatcher's) transaction on the locked call:
 * joining, every wait (an announcement, the hold sound, the keys), offers to free users, and leaving.
 */
public final class QueueSteps implements Waiting {
    /** Plivo refuses a call's 71st transfer and a Redirect may count as one: the wait ends by this step. */
    static final int MAX_STEP = 60;
    static final String WAITED_ALREADY = "waited-already";
    private static final int OFFER_GRACE_SECONDS = 30; // the Dial action comes this long after the ring time, at most
    private static final double WORDS_PER_SECOND = 2.5; // Plivo's speech, roughly: how long an announcement lasts

    private final QueueXml xml;
    private final String holdSoundUrl;
    private final Clock clock;

    public QueueSteps(String publicUrl, Clock clock) {
        this.xml = new QueueXml(publicUrl);
        this.holdSoundUrl = publicUrl + Tones.HOLD_PATH;
        this.clock = clock;
    }

    @Override
    public String join(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, LineRouting routing) {
        QueueDao q = db.dao(QueueDao.class);
        Optional<Entry> joined = q.join(call.id(), routing.lineId(), CallerPriority.of(db.handle(), call.id()), step,
                routing.queue().announceEverySeconds());
        if (joined.isEmpty()) { // answered from the queue once, escalated, and nobody free: it does not queue twice
            timeline.add(EntryType.QUEUE_SKIPPED, "queue-skipped:" + step, "step", step, "reason", WAITED_ALREADY);
            return steps.voicemail(db, timeline, call, step, "no-one-answered", CallSteps.prompt(routing));
        }
        q.markJoined(call.id());
        timeline.add(EntryType.QUEUE_JOINED, "queue-joined", "step", step, "lineId", routing.lineId(), "line", routing.lineName(),
                "waiting", routing.waiting() + 1);
        return wait(db, q, timeline, call, step, joined.get(), routing.queue(), routing.lineName(), true);
    }

    @Override
    public String afterOffer(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, Line line) {
        Optional<Entry> entry = db.dao(QueueDao.class).ofCall(call.id()).filter(Entry::waiting);
        if (entry.isEmpty()) return steps.voicemail(db, timeline, call, step, "no-one-answered", QueueXml.voicemailAfterWaiting());
        // Whoever just let it ring out is not rung again at once, whatever retrySeconds says.
        return next(steps, db, timeline, call, step, entry.get(), line, Set.copyOf(db.offers().unanswered(call.id(), step - 1)));
    }

    @Override
    public int callers(Daos db, long lineId) {
        return db.dao(QueueDao.class).callers(lineId);
    }

    /** Step {@code step} of a waiting caller: voicemail once their time is up, else an offer to a free user, else a wait. */
    String next(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, Entry entry, Line line, Set<Long> notNow) {
        QueueDao q = db.dao(QueueDao.class);
        if (entry.waitedSeconds() >= line.queue().maxWaitSeconds() || step >= MAX_STEP) {
            leave(q, timeline, entry, Outcome.TIMEOUT, null);
            return steps.voicemail(db, timeline, call, step, "queue-timeout", QueueXml.voicemailAfterWaiting());
        }
        LineRouting routing = steps.load(db, call, line);
        Optional<DialPlan.Ring> ring = offerable(q, entry, routing, notNow);
        if (ring.isPresent()) return offer(steps, db, q, timeline, call, step, entry, ring.get(), 0);
        return wait(db, q, timeline, call, step, entry, line.queue(), line.name(), false);
    }

    /** Step {@code step}: the caller pressed {@code digits} during the wait before it. */
    String key(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, Entry entry, Line line, String digits) {
        QueueDao q = db.dao(QueueDao.class);
        QueueRules rules = line.queue();
        timeline.add(EntryType.QUEUE_KEY, "queue-key:" + step, "step", step - 1, "digits", digits);
        if (digits.equals(rules.voicemailKey())) {
            leave(q, timeline, entry, Outcome.VOICEMAIL_KEY, null);
            return steps.voicemail(db, timeline, call, step, "queue-voicemail-key", QueueXml.voicemailByKey());
        }
        if (digits.equals(rules.callbackKey())) {
            leave(q, timeline, entry, Outcome.CALLBACK_KEY, null);
            timeline.add(EntryType.CALLBACK_REQUESTED, "callback-requested", "step", step, "via", "queue");
            return CallSteps.store(timeline, Step.hangup(step, xml.callbackRequested()));
        }
        return next(steps, db, timeline, call, step, entry, line, Set.of()); // not a menu key: waiting goes on
    }

    /**
     * The dispatcher's offer, made while the caller still hears their wait step: the step after it rings a free user,
     * who stays reserved until the caller fetches it (holdSeconds: at the latest, the wait step's Redirect).
     * Empty: nobody may take this caller now.
     */
    Optional<Integer> offerNow(CallSteps steps, Daos db, Timeline timeline, CallRow call, Entry entry, Line line, int holdSeconds) {
        int step = entry.step() + 1;
        if (entry.waitedSeconds() >= line.queue().maxWaitSeconds() || step >= MAX_STEP) return Optional.empty();
        QueueDao q = db.dao(QueueDao.class);
        Optional<DialPlan.Ring> ring = offerable(q, entry, steps.load(db, call, line), Set.of());
        ring.ifPresent(r -> offer(steps, db, q, timeline, call, step, entry, r, holdSeconds));
        return ring.map(r -> step);
    }

    /** Leaves the queue (once): at is when (null: now). */
    static void leave(QueueDao q, Timeline timeline, Entry entry, Outcome outcome, Instant at) {
        if (q.leave(entry.id(), outcome.wire(), at) == 0) return;
        if (outcome != Outcome.ABANDONED) q.markLeft(entry.callId(), at);
        long waited = at == null ? entry.waitedSeconds() : Math.max(0, Duration.between(entry.joinedAt(), at).toSeconds());
        timeline.add(EntryType.QUEUE_LEFT, "queue-left", "outcome", outcome.wire(), "waitedSeconds", waited);
    }

    /** Whom to ring: eligible users not blocked (rung out lately, or claimed by a caller ahead), in tier order. */
    private Optional<DialPlan.Ring> offerable(QueueDao q, Entry entry, LineRouting routing, Set<Long> notNow) {
        Instant now = clock.instant();
        List<Long> eligible = QueuePlan.eligible(routing, now);
        if (eligible.isEmpty()) return Optional.empty();
        Set<Long> blocked = new HashSet<>(notNow);
        blocked.addAll(q.blocked(entry.id(), eligible.toArray(Long[]::new)));
        return QueuePlan.offer(routing, now, entry.callId() * 31 + entry.step(), blocked);
    }

    private static String offer(CallSteps steps, Daos db, QueueDao q, Timeline timeline, CallRow call, int step, Entry entry,
                                DialPlan.Ring ring, int holdSeconds) {
        q.progress(entry.id(), step, step, ring.timeoutSeconds() + OFFER_GRACE_SECONDS + holdSeconds);
        return steps.offer(db, timeline, call, step, ring, holdSeconds);
    }

    /** A wait step: about announceEverySeconds (never past maxWaitSeconds) of words and hold sound, then the next step. */
    private String wait(Daos db, QueueDao q, Timeline timeline, CallRow call, int step, Entry entry, QueueRules rules,
                        String lineName, boolean first) {
        int position = q.position(entry.id());
        Integer minutes = WaitEstimate.minutes(q.answeredWaits(entry.lineId()), entry.waitedSeconds());
        String words = QueueXml.words(first, lineName, position, minutes, rules.voicemailKey(), rules.callbackKey());
        int speaking = (int) Math.ceil(words.split("\\s+").length / WORDS_PER_SECOND);
        int target = Math.min(rules.announceEverySeconds(), Math.max(1, rules.maxWaitSeconds() - entry.waitedSeconds()));
        boolean ownSound = rules.holdMusicUrl() == null;
        int loops = ownSound ? Math.max(1, Math.round((float) (target - speaking - QueueXml.KEY_TIMEOUT_SECONDS) / Tones.HOLD_SECONDS)) : 1;
        int length = ownSound ? speaking + loops * Tones.HOLD_SECONDS + QueueXml.KEY_TIMEOUT_SECONDS : rules.announceEverySeconds();
        q.progress(entry.id(), step, null, length);
        timeline.add(EntryType.QUEUE_ANNOUNCED, "queue-announced:" + step, "step", step, "position", position,
                "expectedMinutes", minutes);
        String document = xml.wait(new QueueXml.Wait(step, words, rules.voicemailKey(), rules.callbackKey(),
                ownSound ? holdSoundUrl : rules.holdMusicUrl(), loops));
        return CallSteps.store(timeline, Step.queueWait(step, document));
    }
}
