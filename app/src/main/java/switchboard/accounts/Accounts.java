package switchboard.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.db.SharedDaos;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;

/** Users' roles on the dashboard, and the demo admin's first password. */
public final class Accounts {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // nothing to misread: no l, 1, o, 0, i
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;

    public Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public String role(long userId) {
        return SharedDaos.with(jdbi, AccountDao.class, dao -> dao.lock(userId)).map(AccountDao.Account::role)
                .orElseThrow(() -> NotFound.of("user", userId));
    }

    public void setRole(long userId, String role, Principal by) {
        if (!Set.of(Principal.ADMIN, Principal.USER).contains(role)) throw InvalidInput.field("role", "must be admin or user");
        Rules.requireMayChangeRole(by, userId);
        if (SharedDaos.with(jdbi, AccountDao.class, dao -> dao.setRole(userId, role)) == 0) throw NotFound.of("user", userId);
    }

    /**
     * For a demo directory just seeded: each admin without a password gets a generated one, returned (email and
     * password) to be shown once. Of several instances starting at once, one sets it.
     */
    public List<String[]> giveAdminsPasswords() {
        List<String[]> given = new ArrayList<>();
        for (AccountDao.Account admin : SharedDaos.with(jdbi, AccountDao.class, AccountDao::adminsWithoutPassword)) {
            if (admin.email() == null) continue;
            String password = generated();
            String hash = Passwords.hash(password);
            int set = SharedDaos.with(jdbi, AccountDao.class, dao -> dao.setFirstPassword(admin.id(), hash));
            if (set == 1) given.add(new String[] {admin.email(), password});
        }
        return given;
    }

    /** Four groups of four, about 79 bits: "k7qm-x2vp-9trd-hw4e". */
    static String generated() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) out.append('-');
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
