package switchboard.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;

/**
 * One-time links where a user sets a password: "invite" for the first, "reset" for a new one. Valid 24 hours,
 * used once; a new link replaces the user's unused ones. Setting a password ends every other session of the user
 * (a reset is for an account someone else may know the password of) and signs this browser in.
 */
public final class SignInLinks {
    public static final Duration VALID_FOR = Duration.ofHours(24);
    public static final String PATH = "/sign-in/link/";

    private final Jdbi jdbi;
    private final Sessions sessions;
    private final String publicUrl;

    public record Created(String url, String name, String email, String purpose, Instant expiresAt) {}

    public record Opened(String name, String email, String purpose, Instant expiresAt) {}

    public SignInLinks(Jdbi jdbi, Sessions sessions, String publicUrl) {
        this.jdbi = jdbi;
        this.sessions = sessions;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A link for the user: "invite" while they have no password, else "reset". createdBy: who asked, for the record. */
    public Created create(long userId, String createdBy) {
        String token = Tokens.newToken();
        return jdbi.inTransaction(h -> {
            AccountDao accounts = SharedDaos.of(h, AccountDao.class);
            AccountDao.Account user = accounts.lock(userId).orElseThrow(() -> NotFound.of("user", userId));
            if (user.email() == null) throw InvalidInput.field("email", "the user needs an email to sign in with");
            String purpose = user.passwordHash() == null ? "invite" : "reset";
            LinkDao links = SharedDaos.of(h, LinkDao.class);
            links.expireUnused(userId);
            Instant expires = links.insert(userId, Tokens.sha256(token), purpose, createdBy, VALID_FOR.toSeconds());
            return new Created(publicUrl + PATH + token, user.name(), user.email(), purpose, expires);
        });
    }

    /** What a valid link is for (the page asks for a password); empty when unknown, used or expired. */
    public Optional<Opened> open(String token) {
        return SharedDaos.with(jdbi, LinkDao.class, dao -> dao.find(Tokens.sha256(token)))
                .map(l -> new Opened(l.name(), l.email(), l.purpose(), l.expiresAt()));
    }

    /** Sets the password through the link, once; the new session signs this browser in. */
    public Session use(String token, String password, String confirmation) {
        Optional<String> problem = Passwords.problem(password);
        if (problem.isPresent()) throw InvalidInput.field("password", problem.get());
        if (!password.equals(confirmation)) throw InvalidInput.field("confirmation", "does not match the password");
        String hash = Passwords.hash(password); // before the transaction: it takes a while and holds no lock
        long userId = jdbi.inTransaction(h -> {
            LinkDao.Link link = SharedDaos.of(h, LinkDao.class).use(Tokens.sha256(token))
                    .orElseThrow(() -> new NotFound("this sign-in link is unknown, used or expired: ask an admin for a new one"));
            SharedDaos.of(h, AccountDao.class).setPassword(link.userId(), hash);
            SharedDaos.of(h, SessionDao.class).deleteOfUser(link.userId());
            return link.userId();
        });
        return sessions.open(userId);
    }
}
