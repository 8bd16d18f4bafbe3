package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallService;
import switchboard.calls.Webhook;

/** The voicemail Record's action URL (the caller is still on the line) and its background callbackUrl. */
public final class RecordWebhook {
    private final CallService calls;
    private final CallXml xml;

    public RecordWebhook(CallService calls, CallXml xml) {
        this.calls = calls;
        this.xml = xml;
    }

    public void action(Context ctx) {
        Webhook.Recording recording = recording(ctx, "action");
        XmlReply.sendOrDegrade(ctx, "record action " + recording.call().callUuid(),
                () -> calls.afterRecording(recording), () -> xml.afterRecording(recording.isVoicemail()));
    }

    public void callback(Context ctx) {
        calls.recording(recording(ctx, "callback"));
        ctx.result("OK");
    }

    private static Webhook.Recording recording(Context ctx, String via) {
        PlivoParams p = PlivoParams.of(ctx);
        Integer seconds = p.optionalInt("RecordingDuration");
        if (seconds == null) {
            Integer ms = p.optionalInt("RecordingDurationMs");
            seconds = ms == null ? 0 : (ms + 999) / 1000;
        }
        return new Webhook.Recording(p.call(), via, p.optional("RecordUrl"), p.optional("RecordingID"),
                Math.max(0, seconds));
    }
}
