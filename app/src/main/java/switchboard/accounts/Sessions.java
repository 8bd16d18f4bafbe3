package switchboard.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;

/**
 * Signing in and out. Limits, in a sliding 15-minute window: 5 failed attempts per account (the email as typed,
 * known or not, so the limit says nothing about who exists) and 20 per address; past either, attempts are refused
 * unchecked until the window has room again. An unknown email and a wrong password get the same message, in the
 * same time. Sessions end after 12 hours without a request, and on sign-out everywhere (they live in the database).
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(12);
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int ACCOUNT_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 20;
    static final String WRONG = "That email and password do not match an account.";
    static final String LIMITED = "Too many failed sign-ins. Wait 15 minutes, then try again.";

    private final Jdbi jdbi;

    public Sessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Session signIn(String email, String password, String address) {
        String account = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        FailureDao failures = jdbi.onDemand(FailureDao.class);
        if (failures.ofAccount(account, WINDOW.toSeconds()) >= ACCOUNT_FAILURES
                || failures.ofAddress(address, WINDOW.toSeconds()) >= ADDRESS_FAILURES) {
            throw new SignInRefused(LIMITED, true);
        }
        Optional<AccountDao.Account> found = account.isEmpty() ? Optional.empty()
                : SharedDaos.with(jdbi, AccountDao.class, dao -> dao.byEmail(account));
        String hash = found.map(AccountDao.Account::passwordHash).orElse(null);
        if (!Passwords.matches(password == null ? "" : password, hash)) {
            failures.add(account, address);
            throw new SignInRefused(WRONG, false);
        }
        failures.clear(account);
        return open(found.get().id());
    }

    /** A new session for a user who proved who they are (a password, or a sign-in link). */
    Session open(long userId) {
        String token = Tokens.newToken();
        return jdbi.inTransaction(h -> {
            SessionDao dao = SharedDaos.of(h, SessionDao.class);
            dao.deleteIdle(IDLE.toSeconds());
            dao.insert(Tokens.sha256(token), userId);
            return with(token, dao.find(Tokens.sha256(token), IDLE.toSeconds()).orElseThrow());
        });
    }

    /** The live session of a cookie's token, kept alive by this request. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return SharedDaos.with(jdbi, SessionDao.class, dao -> {
            Optional<SessionDao.Row> row = dao.find(Tokens.sha256(token), IDLE.toSeconds());
            row.ifPresent(r -> dao.touch(r.id()));
            return row.map(r -> with(token, r));
        });
    }

    /** Ends the session on every instance and in every tab that uses it. */
    public void signOut(long sessionId) {
        SharedDaos.use(jdbi, SessionDao.class, dao -> dao.delete(sessionId));
    }

    /** Of these sessions, the ones still alive. */
    public List<Long> alive(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return SharedDaos.with(jdbi, SessionDao.class, dao -> dao.alive(ids, IDLE.toSeconds()));
    }

    private static Session with(String token, SessionDao.Row r) {
        return new Session(r.id(), token, r.userId(), r.name(), r.email(), r.role());
    }
}
