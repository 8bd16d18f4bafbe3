package switchboard.rota;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A calendar feed's secret token: the feed's id (random, kept in the database) followed by an HMAC-SHA256 of it under
 * CALENDAR_SECRET (never kept anywhere). The database alone cannot rebuild a feed's URL; the server can show it again
 * to whoever may see it; a new id revokes the old URL.
 */
final class FeedTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int ID_CHARS = 22; // 16 bytes
    private static final int MAC_BYTES = 24; // 192 bits of the HMAC: 32 characters
    private final SecretKeySpec key;

    FeedTokens(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String token(UUID feed) {
        byte[] id = ByteBuffer.allocate(16).putLong(feed.getMostSignificantBits()).putLong(feed.getLeastSignificantBits()).array();
        return ENCODE.encodeToString(id) + ENCODE.encodeToString(mac(feed));
    }

    /** The feed id, when the token is one this server made (compared in constant time). */
    Optional<UUID> verify(String token) {
        if (token == null || token.length() != ID_CHARS + 32 || !token.matches("[A-Za-z0-9_-]+")) return Optional.empty();
        ByteBuffer id = ByteBuffer.wrap(DECODE.decode(token.substring(0, ID_CHARS)));
        UUID feed = new UUID(id.getLong(), id.getLong());
        // the whole token as this server writes it, so no other spelling of the same bytes passes either
        boolean genuine = MessageDigest.isEqual(token(feed).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(feed) : Optional.empty();
    }

    private byte[] mac(UUID feed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(("switchboard-calendar-feed:" + feed).getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
