package switchboard.media;

import io.javalin.http.Context;

/** Serves the sounds Switchboard makes (public, like a page: Plivo fetches them unsigned), cached for a year. */
public final class SoundsPage {
    private static final String ETAG = "\"" + Tones.HOLD_PATH.hashCode() + "\"";

    public void hold(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable").header("ETag", ETAG);
        if (ETAG.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("audio/wav").result(Tones.hold());
    }
}
