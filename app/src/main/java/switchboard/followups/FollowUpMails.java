package switchboard.followups;

import java.util.List;
import switchboard.calls.CallLogDao.CallEntry;
import switchboard.notify.Mail;

/** The words of each notification mail. Plain text: caller, line, voicemail link, where to work it. */
final class FollowUpMails {
    private final String publicUrl;

    FollowUpMails(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    Mail missedCall(FollowUpDirectoryDao.Recipient to, CallEntry call, String line, long callbackId) {
        return new Mail(to.email(), "Missed call on " + line + " from " + caller(call.fromUri()),
                greeting(to) + caller(call.fromUri()) + " called " + line + " at " + call.startedAt()
                        + " and nobody answered. No message was left.\n\n" + footer(callbackId));
    }

    Mail callbackRequested(FollowUpDirectoryDao.Recipient to, CallEntry call, String line, long callbackId) {
        return new Mail(to.email(), "Callback requested on " + line + " by " + caller(call.fromUri()),
                greeting(to) + caller(call.fromUri()) + " called " + line + " at " + call.startedAt() + ", waited "
                        + (call.queueWaitSeconds() == null ? "" : call.queueWaitSeconds() + " s ")
                        + "in the queue and asked to be called back.\n\n" + footer(callbackId));
    }

    Mail voicemail(FollowUpDirectoryDao.Recipient to, CallEntry call, String line, long callbackId) {
        String length = call.voicemailDurationSeconds() == null ? "" : " (" + call.voicemailDurationSeconds() + " s)";
        return new Mail(to.email(), "New voicemail on " + line + " from " + caller(call.fromUri()),
                greeting(to) + caller(call.fromUri()) + " called " + line + " at " + call.startedAt()
                        + " and left a voicemail" + length + ":\n" + call.voicemailUrl() + "\n\n" + footer(callbackId));
    }

    Mail callbackChanged(FollowUpDirectoryDao.Recipient to, Callback callback, String line, List<String> changes) {
        String what = changes.contains("assigneeId") ? "assigned to you" : "now " + callback.status();
        StringBuilder text = new StringBuilder(greeting(to))
                .append("Callback #").append(callback.id()).append(" is ").append(what).append(".\n\n")
                .append("Caller: ").append(caller(callback.from())).append('\n')
                .append("Line: ").append(line).append('\n')
                .append("Status: ").append(callback.status()).append('\n');
        if (callback.voicemailUrl() != null) text.append("Voicemail: ").append(callback.voicemailUrl()).append('\n');
        if (!callback.notes().isEmpty()) {
            Callback.Note last = callback.notes().get(callback.notes().size() - 1);
            text.append("Last note (").append(last.authorName()).append("): ").append(last.text()).append('\n');
        }
        text.append('\n').append(footer(callback.id()));
        return new Mail(to.email(), "Callback #" + callback.id() + " (" + caller(callback.from()) + ", " + line + "): " + what,
                text.toString());
    }

    private static String greeting(FollowUpDirectoryDao.Recipient to) {
        return "Hello " + to.name() + ",\n\n";
    }

    private static String caller(String from) {
        return from == null || from.isBlank() ? "An unknown caller" : from;
    }

    private String footer(long callbackId) {
        return "Callback #" + callbackId + ": " + publicUrl + "/api/callbacks/" + callbackId + "\n-- Switchboard\n";
    }
}
