package switchboard.api;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Every /api/* request needs Authorization: Bearer $API_TOKEN. */
public final class ApiAuth {
    private final Optional<byte[]> token;

    public ApiAuth(Optional<String> apiToken) {
        this.token = apiToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public void check(Context ctx) {
        if (token.isEmpty()) throw new UnauthorizedResponse("the API is disabled: API_TOKEN is not set on the server");
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedResponse("missing Authorization: Bearer token");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) throw new UnauthorizedResponse("invalid API token");
    }
}
