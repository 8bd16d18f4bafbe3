package switchboard.followups;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallLogDao;
import switchboard.calls.CallLogDao.CallEntry;
import switchboard.calls.CallObserver;
import switchboard.calls.CallStatus;
import switchboard.calls.EntryType;
import switchboard.calls.TimelineEntry;
import switchboard.db.SharedDaos;
import switchboard.notify.Notifier;

/**
 * Told of each webhook's new timeline entries, in its transaction: a call that ends missed, abandoned (hung up
 * while waiting in the queue) or with a voicemail opens a callback (or joins the caller's open one on that line),
 * as does a caller asking the queue for one (that callback is marked source queue and listed first); the first
 * tier is mailed, and the call's events are queued. A call joins at most one callback, however its webhooks repeat.
 */
public final class CallFollowUps implements CallObserver {
    /** The entries after which a call can have become missed, voicemail or answered: the others change nothing here. */
    private static final Set<EntryType> DECISIVE = EnumSet.of(EntryType.ANSWERED, EntryType.DIAL_ENDED,
            EntryType.VOICEMAIL_RECORDED, EntryType.HANGUP, EntryType.CALLBACK_REQUESTED);

    private final Notifier notifier;
    private final FollowUpMails mails;
    private final CallbackNotices notices;
    private final CallEvents events;

    public CallFollowUps(Notifier notifier, String publicUrl) {
        this.notifier = notifier;
        this.mails = new FollowUpMails(publicUrl);
        this.notices = new CallbackNotices(notifier, mails);
        this.events = new CallEvents(notifier);
    }

    @Override
    public void recorded(Handle handle, long callId, List<TimelineEntry> newEntries) {
        Set<EntryType> types = newEntries.stream().map(TimelineEntry::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryType.class)));
        // Most webhooks only ring someone: skip reading the call back unless it matters or events go out.
        if (!notifier.sendsEvents() && types.stream().noneMatch(DECISIVE::contains)) return;
        CallEntry call = SharedDaos.of(handle, CallLogDao.class).byId(callId).orElseThrow();
        Long callbackId = null;
        if (call.lineId() != null && types.contains(EntryType.CALLBACK_REQUESTED)) {
            callbackId = followUp(handle, call, false, CallbackSource.QUEUE);
        } else if (call.lineId() != null && (CallStatus.MISSED.is(call.status()) || CallStatus.VOICEMAIL.is(call.status())
                || CallStatus.ABANDONED.is(call.status()))) {
            callbackId = followUp(handle, call, types.contains(EntryType.VOICEMAIL_RECORDED), CallbackSource.CALL);
        } else if (CallStatus.ANSWERED.is(call.status())
                && (types.contains(EntryType.ANSWERED) || types.contains(EntryType.DIAL_ENDED))) {
            closeAnsweredAfterAll(handle, call);
        }
        events.publish(handle, call, types, callbackId);
    }

    /** source: QUEUE when the caller asked for the callback (it is listed before the others), else CALL. */
    private long followUp(Handle handle, CallEntry call, boolean newVoicemail, CallbackSource source) {
        CallbackDao callbacks = SharedDaos.of(handle, CallbackDao.class);
        Optional<Long> existing = callbacks.ofCall(call.id());
        if (existing.isPresent()) { // a late recording turned this missed call into a voicemail
            if (newVoicemail) {
                CallbackDao.Row before = callbacks.lock(existing.get()).orElseThrow();
                CallbackDao.Row after = callbacks.update(before.id(), before.status(), before.assigneeId(), call.voicemailUrl());
                notices.noticed(handle, before, after, List.of("voicemailUrl"));
                mailFirstTier(handle, call, after, false);
            }
            return existing.get();
        }
        long lineId = call.followUpLineId(); // a menu's choice: that line's callback, that line's people
        Optional<Long> opened = callbacks.openIfNone(lineId, call.fromUri(), call.voicemailUrl(), source.wire());
        // Lost the race to another call from this caller: join the callback it opened.
        long id = opened.or(() -> callbacks.openFor(lineId, call.fromUri()))
                .orElseGet(() -> callbacks.openIfNone(lineId, call.fromUri(), call.voicemailUrl(), source.wire()).orElseThrow());
        CallbackDao.Row before = callbacks.lock(id).orElseThrow(); // before attach's key-share lock, or two calls deadlock
        callbacks.attach(id, call.id());
        if (opened.isEmpty() && source == CallbackSource.QUEUE) callbacks.requestedFromQueue(id);
        if (opened.isPresent()) {
            notices.noticed(handle, null, before, List.of("created"));
        } else {
            CallbackDao.Row after = callbacks.update(id, before.status(), before.assigneeId(), call.voicemailUrl());
            notices.noticed(handle, before, after, call.voicemailUrl() == null ? List.of("calls") : List.of("calls", "voicemailUrl"));
        }
        mailFirstTier(handle, call, before, source == CallbackSource.QUEUE);
        return id;
    }

    /** One mail per call and kind and recipient: the outbox's unique key drops a repeat. */
    private void mailFirstTier(Handle handle, CallEntry call, CallbackDao.Row callback, boolean requested) {
        FollowUpDirectoryDao lookups = SharedDaos.of(handle, FollowUpDirectoryDao.class);
        long lineId = call.followUpLineId();
        String line = lookups.lineName(lineId).orElse("line " + lineId);
        boolean voicemail = call.voicemailUrl() != null;
        String id = "call-" + call.id() + (requested ? "-callback" : voicemail ? "-voicemail" : "-missed");
        for (FollowUpDirectoryDao.Recipient to : lookups.firstTier(lineId)) {
            notifier.mail(handle, id, requested ? mails.callbackRequested(to, call, line, callback.id())
                    : voicemail ? mails.voicemail(to, call, line, callback.id()) : mails.missedCall(to, call, line, callback.id()));
        }
    }

    /** The answer was reported after the hangup: the call was not missed after all. */
    private void closeAnsweredAfterAll(Handle handle, CallEntry call) {
        CallbackDao callbacks = SharedDaos.of(handle, CallbackDao.class);
        callbacks.ofCall(call.id()).flatMap(callbacks::lock).filter(c -> CallbackStatus.OPEN.is(c.status())).ifPresent(before -> {
            SharedDaos.of(handle, NoteDao.class).add(before.id(), null, "Switchboard",
                    "Call " + call.callUuid() + " was answered after all (Plivo reported the answer late): closed.");
            CallbackDao.Row after = callbacks.update(before.id(), CallbackStatus.DONE.wire(), before.assigneeId(), null);
            notices.noticed(handle, before, after, List.of("status", "notes"));
        });
    }
}
