package switchboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import switchboard.apikeys.ApiKeys;

/** apikey revoke NAME. */
@Command(name = "revoke", header = "revoke an API key by name",
        description = {"Revokes the live key of that name: from now on it is refused (401)."})
final class ApiKeyRevokeCommand extends InvokedCommand {
    @Parameters(paramLabel = "NAME", description = "the key's name, as apikey list shows it")
    String name;

    ApiKeyRevokeCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return Invocation.withMigratedDatabase(invocation.config(), db -> {
            if (new ApiKeys(db.jdbi()).revoke(name)) {
                invocation.out().println("revoked '" + name + "'");
                return 0;
            }
            invocation.err().println("no live key named '" + name + "'");
            return Failures.FAILED;
        });
    }
}
