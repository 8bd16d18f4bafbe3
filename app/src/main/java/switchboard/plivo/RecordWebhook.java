package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallFlow;
import switchboard.calls.Incoming;
import switchboard.plivo.xml.CallXml;

/** The voicemail Record's action URL (the caller is still on the line) and its background callbackUrl. */
public record RecordWebhook(CallFlow calls, CallXml xml) {
    public void action(Context ctx) {
        Incoming.Recording recording = recording(ctx, "action");
        XmlReply.sendOrDegrade(ctx, "record action " + recording.call().callUuid(),
                () -> calls.afterRecording(recording), failure -> {
                    calls.keepRecord(recording.call(), false, failure);
                    return xml.afterRecording(recording.isVoicemail());
                });
    }

    public void callback(Context ctx) {
        calls.recording(recording(ctx, "callback"));
        ctx.result("OK");
    }

    private static Incoming.Recording recording(Context ctx, String via) {
        PlivoParams p = PlivoParams.of(ctx);
        Integer seconds = p.optionalCount("RecordingDuration");
        if (seconds == null) {
            Integer ms = p.optionalCount("RecordingDurationMs");
            seconds = ms == null ? 0 : (int) ((ms + 999L) / 1000);
        }
        return new Incoming.Recording(p.call(), via, p.optional("RecordUrl"), p.optional("RecordingID"), seconds);
    }
}
