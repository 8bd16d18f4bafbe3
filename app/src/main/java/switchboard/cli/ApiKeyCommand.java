package switchboard.cli;

import java.io.PrintStream;
import switchboard.apikeys.ApiKeyDao;
import switchboard.apikeys.ApiKeys;
import switchboard.errors.InvalidInput;

/** apikey create | list | revoke. */
final class ApiKeyCommand {
    private final ApiKeys keys;
    private final PrintStream out;
    private final PrintStream err;

    ApiKeyCommand(ApiKeys keys, PrintStream out, PrintStream err) {
        this.keys = keys;
        this.out = out;
        this.err = err;
    }

    int create(Args args) {
        Long user = null;
        if (args.options().containsKey("--user")) {
            try {
                user = Long.parseLong(args.options().get("--user"));
            } catch (NumberFormatException e) {
                err.println("--user must be a user id, got '" + args.options().get("--user") + "'");
                return 2;
            }
        }
        try {
            ApiKeys.Created created = keys.create(args.options().get("--name"), args.options().getOrDefault("--role", ""), user);
            out.println("created " + created.info().role() + " key '" + created.info().name() + "'"
                    + (user == null ? "" : " for user " + user) + ". It is shown only now; store it safely:");
            out.println(created.key());
            return 0;
        } catch (InvalidInput e) {
            e.fields().forEach((field, problem) -> err.println("--" + field + " " + problem));
            return 2;
        }
    }

    int list() {
        out.printf("%-24s %-6s %-8s %-28s %s%n", "NAME", "ROLE", "USER", "CREATED", "REVOKED");
        for (ApiKeyDao.KeyInfo k : keys.list()) {
            out.printf("%-24s %-6s %-8s %-28s %s%n", k.name(), k.role(), k.userId() == null ? "-" : k.userId(),
                    k.createdAt(), k.revokedAt() == null ? "-" : k.revokedAt());
        }
        return 0;
    }

    int revoke(String name) {
        if (keys.revoke(name)) {
            out.println("revoked '" + name + "'");
            return 0;
        }
        err.println("no live key named '" + name + "'");
        return 1;
    }
}
