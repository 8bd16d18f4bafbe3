package switchboard.plivo;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.Transcriptions;
import switchboard.web.LogText;

/** The voicemail Record's transcriptionUrl: Plivo posts the text when it is ready, minutes after the call. */
public record TranscriptionWebhook(Transcriptions transcriptions) {
    private static final Logger log = LoggerFactory.getLogger(TranscriptionWebhook.class);
    private static final int MAX_TEXT = 20_000;

    public void transcription(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        String uuid = p.required("call_uuid");
        String error = p.optional("error");
        var transcript = new Transcriptions.Transcript(uuid, p.optional("recording_id"),
                error == null ? p.optionalText("transcription", MAX_TEXT) : null, error);
        // A 200 either way: Plivo retrying would not make an unknown call known.
        if (!transcriptions.record(transcript)) log.warn("transcription for unknown call {} ignored", LogText.of(uuid));
        ctx.result("OK");
    }
}
