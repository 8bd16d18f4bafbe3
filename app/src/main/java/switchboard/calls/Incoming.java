package switchboard.calls;

import java.time.Instant;

/** What Plivo tells the call flow in each webhook, already parsed and validated at the edge. */
public final class Incoming {
    private Incoming() {}

    /** The parameters every Plivo call webhook carries. */
    public record Call(String callUuid, String from, String to, String callerName) {}

    /** Posted to a Dial's action URL when the Dial ends. */
    public record DialEnded(Call call, int step, String dialStatus, String hangupCause, String bLegUuid, String callStatus) {
        /** The caller's own leg is over (they hung up while it rang): the hangup webhook may not have come yet. */
        public boolean callerGone() {
            return "completed".equalsIgnoreCase(callStatus);
        }

        /** Only "completed" means somebody answered; busy, failed, timeout, no-answer, cancel... mean nobody did. */
        public boolean conversationHappened() {
            return "completed".equalsIgnoreCase(dialStatus);
        }

        /** The phones rang and nobody picked up (busy, failed or cancelled is not "ringing out"). */
        public boolean rangOut() {
            return "no-answer".equalsIgnoreCase(dialStatus) || "timeout".equalsIgnoreCase(dialStatus);
        }
    }

    /** Posted to a Dial's callbackUrl while it runs, about the leg to a user's app: answer, connected, hangup, digits. */
    public record DialLeg(Call call, int step, String action, String bLegTo, String bLegUuid,
                          Integer bLegDurationSeconds, String bLegHangupCause) {}

    /** Posted to the Record action and callback URLs. */
    public record Recording(Call call, String via, String url, String recordingId, int durationSeconds) {
        /** A recording with no URL or no length is not a voicemail. */
        public boolean isVoicemail() {
            return url != null && !url.isBlank() && durationSeconds > 0;
        }
    }

    /** Posted to the Application's hangup_url. */
    public record Hangup(Call call, Integer durationSeconds, String cause, String source, Instant endedAt) {}
}
