package switchboard.web;

import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the id the next page starts below. */
public final class Cursor {
    private static final String PREFIX = "id:";

    private Cursor() {}

    public static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) throw new IllegalArgumentException();
            return Long.parseLong(raw.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("invalid cursor");
        }
    }
}
