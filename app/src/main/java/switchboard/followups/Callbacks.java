package switchboard.followups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.db.SharedDaos;
import switchboard.db.SqlErrors;
import switchboard.errors.Conflict;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;
import switchboard.notify.Notifier;

/**
 * Callbacks worked by hand: each change one transaction, with its event and mails queued in it.
 * An admin key works any callback; a user key those assigned to its user or to nobody, and it may take one or give
 * it back, never hand it to someone else ({@link Rules#requireMayAssign}).
 */
public final class Callbacks {
    private final Jdbi jdbi;
    private final CallbackNotices notices;

    public record Draft(long lineId, String from, Long assigneeId, String note) {}

    /** assigneeGiven tells "assigneeId": null (unassign) from no assigneeId at all. */
    public record Change(String status, boolean assigneeGiven, Long assigneeId) {}

    public Callbacks(Jdbi jdbi, Notifier notifier, String publicUrl) {
        this.jdbi = jdbi;
        this.notices = new CallbackNotices(notifier, new FollowUpMails(publicUrl));
    }

    public List<Callback> list(CallbackDao.Filter filter, long afterId, int limit) {
        return jdbi.inTransaction(h -> CallbackViews.of(h, SharedDaos.of(h, CallbackDao.class).page(filter, afterId, limit)));
    }

    public Callback get(long id) {
        return jdbi.inTransaction(h -> CallbackViews.of(h, SharedDaos.of(h, CallbackDao.class).find(id).orElseThrow(() -> missing(id))));
    }

    /** The callback a call opened or joined, if any. */
    public java.util.Optional<Callback> ofCall(long callId) {
        return jdbi.inTransaction(h -> SharedDaos.of(h, CallbackDao.class).ofCall(callId)
                .flatMap(id -> SharedDaos.of(h, CallbackDao.class).find(id)).map(row -> CallbackViews.of(h, row)));
    }

    public Callback create(Draft draft, Principal by) {
        Rules.requireMayCreateFor(by, draft.assigneeId());
        return conflictsAs409(() -> jdbi.inTransaction(h -> {
            FollowUpDirectoryDao lookups = SharedDaos.of(h, FollowUpDirectoryDao.class);
            Map<String, String> problems = new LinkedHashMap<>();
            if (!lookups.lineExists(draft.lineId())) problems.put("lineId", "no line " + draft.lineId());
            if (draft.assigneeId() != null && lookups.holdUser(draft.assigneeId()).isEmpty()) {
                problems.put("assigneeId", "no user " + draft.assigneeId());
            }
            if (!problems.isEmpty()) throw new InvalidInput(problems);
            CallbackDao callbacks = SharedDaos.of(h, CallbackDao.class);
            callbacks.openFor(draft.lineId(), draft.from()).ifPresent(open -> {
                throw new Conflict("this caller already has open callback " + open + " on this line");
            });
            long id = callbacks.insert(draft.lineId(), draft.from(), draft.assigneeId());
            if (draft.note() != null) SharedDaos.of(h, NoteDao.class).add(id, by.userId(), by.name(), draft.note());
            return notices.changed(h, null, callbacks.find(id).orElseThrow(), List.of("created"));
        }));
    }

    public Callback update(long id, Change change, Principal by) {
        return conflictsAs409(() -> jdbi.inTransaction(h -> {
            if (change.assigneeGiven() && change.assigneeId() != null
                    && SharedDaos.of(h, FollowUpDirectoryDao.class).holdUser(change.assigneeId()).isEmpty()) {
                throw InvalidInput.field("assigneeId", "no user " + change.assigneeId());
            }
            CallbackDao callbacks = SharedDaos.of(h, CallbackDao.class);
            CallbackDao.Row before = workable(callbacks, id, by);
            String status = change.status() == null ? before.status() : change.status();
            Long assignee = change.assigneeGiven() ? change.assigneeId() : before.assigneeId();
            List<String> changes = new ArrayList<>();
            if (!status.equals(before.status())) changes.add("status");
            if (!Objects.equals(assignee, before.assigneeId())) {
                Rules.requireMayAssign(by, id, assignee); // under the row's lock, like the check that it may be worked
                changes.add("assigneeId");
            }
            if (changes.isEmpty()) return CallbackViews.of(h, before); // nothing changed: no event, no mail
            return notices.changed(h, before, callbacks.update(id, status, assignee, null), changes);
        }));
    }

    public Callback.Note addNote(long id, String text, Principal by) {
        return jdbi.inTransaction(h -> {
            if (by.userId() != null) SharedDaos.of(h, FollowUpDirectoryDao.class).holdUser(by.userId()); // users before callbacks
            CallbackDao callbacks = SharedDaos.of(h, CallbackDao.class);
            CallbackDao.Row before = workable(callbacks, id, by);
            Callback.Note note = SharedDaos.of(h, NoteDao.class).add(id, by.userId(), by.name(), text);
            notices.changed(h, before, callbacks.touch(id), List.of("notes"));
            return note;
        });
    }

    /** Locks the callback, checking this key may work it. */
    private static CallbackDao.Row workable(CallbackDao callbacks, long id, Principal by) {
        CallbackDao.Row row = callbacks.lock(id).orElseThrow(() -> missing(id));
        Rules.requireMayWork(by, id, row.assigneeId());
        return row;
    }

    /** Reopening or creating beside an open callback of the same caller and line trips the unique index. */
    private static <T> T conflictsAs409(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.uniqueConstraint(e).filter("callbacks_open_per_caller"::equals).isPresent()) {
                throw new Conflict("this caller already has an open callback on this line");
            }
            throw e;
        }
    }

    private static NotFound missing(long id) {
        return NotFound.of("callback", id);
    }
}
