package switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import switchboard.apikeys.ApiKeys;

/** apikey revoke NAME. */
@Command(name = "revoke", header = "revoke an API key by name",
        description = {"Revokes the live key of that name: from now on it is refused (401)."})
final class ApiKeyRevokeCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "NAME", description = "the key's name, as apikey list shows it")
    String name;

    private final Invocation invocation;

    ApiKeyRevokeCommand(Invocation invocation) {
        this.invocation = invocation;
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
