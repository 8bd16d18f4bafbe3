package switchboard.media;

import io.javalin.http.Context;

/** Serves the sounds Switchboard makes (public, like a page: Plivo fetches them unsigned), cached for a year. */
public final class SoundsPage {

    public void hold(Context ctx) {
        serve(ctx, Tones.HOLD_PATH, Tones.hold());
    }

    public void voicemailSample(Context ctx) {
        serve(ctx, Tones.VOICEMAIL_SAMPLE_PATH, Tones.voicemailSample());
    }

    // The path is versioned (it changes with the sound), so the path is the ETag and caches may keep it forever.
    private static void serve(Context ctx, String path, byte[] sound) {
        String etag = "\"" + Integer.toHexString(path.hashCode()) + "\"";
        ctx.header("Cache-Control", "public, max-age=31536000, immutable").header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("audio/wav").result(sound);
    }
}
