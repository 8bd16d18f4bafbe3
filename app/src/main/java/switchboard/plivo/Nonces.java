package switchboard.plivo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;

/**
 * Remembers each signed webhook's nonce with a hash of its exact request (method, URL, body bytes) for a while: the
 * same nonce with another request is a captured webhook re-shaped under its valid signature, and is refused. An
 * exact repeat (Plivo retrying, or a replay) passes: the call flow's idempotency makes it harmless.
 */
public final class Nonces {
    /** Plivo gives up on a webhook within minutes (55 s a try, at most 5 retries); a day leaves a wide margin. */
    static final Duration KEPT = Duration.ofHours(24);
    private static final int PURGE_ONE_IN = 1000; // the old rows go a few at a time, on about one webhook in a thousand

    private final Jdbi jdbi;

    public Nonces(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** False when this nonce came before with a different request. */
    boolean firstUseOrRepeat(String nonce, String method, String url, byte[] body) {
        byte[] hash = hash(method, url, body);
        Optional<byte[]> first = SharedDaos.with(jdbi, NonceDao.class, dao -> { // autocommit: one round trip, no BEGIN
            if (ThreadLocalRandom.current().nextInt(PURGE_ONE_IN) == 0) dao.forgetOlderThan(KEPT.toSeconds());
            return dao.remember(nonce, hash).or(() -> dao.hashOf(nonce)); // empty: committed meanwhile, read it now
        });
        return first.map(seen -> Arrays.equals(seen, hash)).orElse(true);
    }

    private static byte[] hash(String method, String url, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + url + "\n").getBytes(StandardCharsets.UTF_8));
            return sha.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e); // every JRE must ship it
        }
    }
}
