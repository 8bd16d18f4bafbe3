package switchboard.followups;

import java.util.List;
import org.jdbi.v3.core.Handle;
import switchboard.Json;
import switchboard.notify.Notifier;

/** What a change to a callback sends: always a callback.updated event; a mail to the assignee on assignment or status. */
final class CallbackNotices {
    private final Notifier notifier;
    private final FollowUpMails mails;

    CallbackNotices(Notifier notifier, FollowUpMails mails) {
        this.notifier = notifier;
        this.mails = mails;
    }

    /** {@code before} is null for a new callback. Returns the callback as it is now. */
    Callback changed(Handle handle, CallbackDao.Row before, CallbackDao.Row after, List<String> changes) {
        Callback view = CallbackViews.of(handle, after);
        String id = "callback-" + after.id() + "-v" + after.version(); // each change has its own version
        notifier.event(handle, id, "callback.updated", Json.map("changes", changes, "callback", view));
        boolean statusChanged = before != null && !before.status().equals(after.status());
        boolean assigned = after.assigneeId() != null && (before == null || !after.assigneeId().equals(before.assigneeId()));
        if (after.assigneeId() != null && (statusChanged || assigned)) {
            DirectoryLookups lookups = handle.attach(DirectoryLookups.class);
            String line = lookups.lineName(after.lineId()).orElse("line " + after.lineId());
            List<String> why = assigned ? List.of("assigneeId") : List.of("status");
            lookups.user(after.assigneeId())
                    .ifPresent(to -> notifier.mail(handle, id, mails.callbackChanged(to, view, line, why)));
        }
        return view;
    }
}
