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
                () -> calls.afterRecording(recording), () -> xml.afterRecording(recording.isVoicemail()));
    }

    public void callback(Context ctx) {
        calls.recording(recording(ctx, "callback"));
        ctx.result("OK");
    }

    private static Incoming.Recording recording(Context ctx, String via) {
        PlivoParams p = PlivoParams.of(ctx);
        Integer seconds = p.optionalInt("RecordingDuration");
        if (seconds == null) {
            Integer ms = p.optionalInt("RecordingDurationMs");
            seconds = ms == null ? 0 : (ms + 999) / 1000;
        }
        return new Incoming.Recording(p.call(), via, p.optional("RecordUrl"), p.optional("RecordingID"),
                Math.max(0, seconds));
    }
}
