package switchboard.accounts;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id through Spring Security Crypto (Bouncy Castle underneath), with OWASP's parameters: 19 MiB, 2 passes,
 * 1 lane. Each hash holds its 19 MiB while it runs, so at most two run at once (the heap is 256 MB on a small dyno).
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Argon2PasswordEncoder ARGON2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private static final Semaphore HASHING = new Semaphore(2, true);
    // Checked when the email is unknown, so that answer takes as long as a wrong password.
    private static final String DECOY = ARGON2.encode(Tokens.newToken());

    private Passwords() {}

    public static String hash(String password) {
        return limited(() -> ARGON2.encode(password));
    }

    /** Whether the password matches the hash; with no hash (no such user, no password yet) false, in the same time. */
    public static boolean matches(String password, String hash) {
        boolean ok = limited(() -> ARGON2.matches(password, hash == null ? DECOY : hash));
        return ok && hash != null;
    }

    /** What is wrong with a new password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) return Optional.of("must be at most " + MAX_LENGTH + " characters");
        if (password.isBlank()) return Optional.of("must not be only spaces");
        return Optional.empty();
    }

    private static <T> T limited(java.util.function.Supplier<T> work) {
        HASHING.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            HASHING.release();
        }
    }
}
