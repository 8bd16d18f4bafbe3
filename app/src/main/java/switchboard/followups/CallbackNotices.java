package switchboard.followups;

import java.util.List;
import org.jdbi.v3.core.Handle;
import switchboard.db.SharedDaos;
import switchboard.json.Json;
import switchboard.notify.Notifier;

/** What a change to a callback sends: always a callback.updated event; a mail to the assignee on assignment or status. */
final class CallbackNotices {
    private final Notifier notifier;
    private final FollowUpMails mails;

    CallbackNotices(Notifier notifier, FollowUpMails mails) {
        this.notifier = notifier;
        this.mails = mails;
    }

    /** For the API, which answers with the callback: {@code before} is null for a new callback. Returns it as it is now. */
    Callback changed(Handle handle, CallbackDao.Row before, CallbackDao.Row after, List<String> changes) {
        Callback view = CallbackViews.of(handle, after);
        send(handle, before, after, changes, view);
        return view;
    }

    /** For the call flow: the callback's view (two queries) is built only when an event or a mail carries it. */
    void noticed(Handle handle, CallbackDao.Row before, CallbackDao.Row after, List<String> changes) {
        if (notifier.sendsEvents() || mailsAssignee(before, after)) {
            send(handle, before, after, changes, CallbackViews.of(handle, after));
        }
    }

    private void send(Handle handle, CallbackDao.Row before, CallbackDao.Row after, List<String> changes, Callback view) {
        String id = "callback-" + after.id() + "-v" + after.version(); // each change has its own version
        notifier.event(handle, id, "callback.updated", Json.map("changes", changes, "callback", view));
        if (mailsAssignee(before, after)) {
            FollowUpDirectoryDao lookups = SharedDaos.of(handle, FollowUpDirectoryDao.class);
            String line = lookups.lineName(after.lineId()).orElse("line " + after.lineId());
            List<String> why = assigned(before, after) ? List.of("assigneeId") : List.of("status");
            lookups.user(after.assigneeId())
                    .ifPresent(to -> notifier.mail(handle, id, mails.callbackChanged(to, view, line, why)));
        }
    }

    /** The assignee hears of being assigned, and of a status change on what they hold. */
    private static boolean mailsAssignee(CallbackDao.Row before, CallbackDao.Row after) {
        boolean statusChanged = before != null && !before.status().equals(after.status());
        return after.assigneeId() != null && (statusChanged || assigned(before, after));
    }

    private static boolean assigned(CallbackDao.Row before, CallbackDao.Row after) {
        return after.assigneeId() != null && (before == null || !after.assigneeId().equals(before.assigneeId()));
    }
}
