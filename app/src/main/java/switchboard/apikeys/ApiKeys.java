package switchboard.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import switchboard.access.Principal;
import switchboard.db.SharedDaos;
import switchboard.db.SqlErrors;
import switchboard.errors.InvalidInput;

/** Creates, lists, revokes and checks API keys. The database keeps only each key's SHA-256. */
public final class ApiKeys {
    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Created(ApiKeyDao.KeyInfo info, String key) {}

    public Created create(String name, String role, Long userId) {
        if (name == null || name.isBlank()) throw InvalidInput.field("name", "is required");
        if (!role.equals(Principal.ADMIN) && !role.equals(Principal.USER)) throw InvalidInput.field("role", "must be admin or user");
        if (role.equals(Principal.USER) != (userId != null)) {
            throw InvalidInput.field("user", role.equals(Principal.USER) ? "a user key needs --user ID" : "an admin key takes no --user");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            ApiKeyDao.KeyInfo info = jdbi.inTransaction(h -> {
                ApiKeyDao dao = SharedDaos.of(h, ApiKeyDao.class);
                if (userId != null && !dao.userExists(userId)) throw InvalidInput.field("user", "no user " + userId);
                return dao.insert(name.trim(), role, userId, hash(key));
            });
            return new Created(info, key);
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.uniqueConstraint(e).isPresent()) throw InvalidInput.field("name", "is already used by a live key");
            throw e;
        }
    }

    public List<ApiKeyDao.KeyInfo> list() {
        return SharedDaos.with(jdbi, ApiKeyDao.class, ApiKeyDao::all);
    }

    public boolean revoke(String name) {
        return SharedDaos.with(jdbi, ApiKeyDao.class, dao -> dao.revoke(name)) > 0;
    }

    public Optional<Principal> authenticate(String key) {
        return SharedDaos.with(jdbi, ApiKeyDao.class, dao -> dao.findLive(hash(key)));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
