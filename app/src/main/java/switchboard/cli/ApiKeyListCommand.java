package switchboard.cli;

import picocli.CommandLine.Command;
import switchboard.apikeys.ApiKeyDao;
import switchboard.apikeys.ApiKeys;

/** apikey list. */
@Command(name = "list", header = "list API keys (never the keys themselves)",
        description = {"Lists every API key: name, role, user, when it was created and revoked. Never the keys."})
final class ApiKeyListCommand extends InvokedCommand {
    private static final String ROW = "%-24s %-6s %-8s %-28s %s%n";


    ApiKeyListCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return Invocation.withMigratedDatabase(invocation.config(), db -> {
            invocation.out().printf(ROW, "NAME", "ROLE", "USER", "CREATED", "REVOKED");
            for (ApiKeyDao.KeyInfo k : new ApiKeys(db.jdbi()).list()) {
                invocation.out().printf(ROW, k.name(), k.role(), k.userId() == null ? "-" : k.userId(), k.createdAt(),
                        k.revokedAt() == null ? "-" : k.revokedAt());
            }
            return 0;
        });
    }
}
