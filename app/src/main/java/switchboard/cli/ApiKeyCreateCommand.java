package switchboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import switchboard.access.Principal;
import switchboard.apikeys.ApiKeys;
import switchboard.errors.InvalidInput;

/** apikey create. */
@Command(name = "create", header = "create an API key (printed once)",
        description = {"Creates an API key and prints it once, alone on the last line; only its SHA-256 is stored."})
final class ApiKeyCreateCommand extends InvokedCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "what the key is for, e.g. jane-phone; unique among live keys")
    String name;

    @Option(names = "--role", required = true, paramLabel = "admin|user", completionCandidates = Roles.class,
            description = "admin: everything; user: read, and change the presence of the --user")
    String role;

    @Option(names = "--user", paramLabel = "ID", description = "the user a user key acts as")
    Long user;

    ApiKeyCreateCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return Invocation.withMigratedDatabase(invocation.config(), db -> {
            try {
                ApiKeys.Created created = new ApiKeys(db.jdbi()).create(name, role, user);
                invocation.out().println("created " + created.info().role() + " key '" + created.info().name() + "'"
                        + (user == null ? "" : " for user " + user) + ". It is shown only now; store it safely:");
                invocation.out().println(created.key());
                return 0;
            } catch (InvalidInput e) {
                e.fields().forEach((field, problem) -> invocation.err().println("--" + field + " " + problem));
                return Failures.USAGE;
            }
        });
    }

    /** What --role completes to. */
    static final class Roles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of(Principal.ADMIN, Principal.USER).iterator();
        }
    }
}
