package switchboard.cli;

import picocli.CommandLine.Command;

/** apikey: keys for the JSON API. */
@Command(name = "apikey", header = "API keys: create, list, revoke",
        description = {"Keys for the JSON API (/api/*): only each key's SHA-256 is stored. An admin key may do"
                + " everything; a user key is bound to one user: it may read users, lines, tiers and call history,"
                + " and change only its own presence."})
final class ApiKeyCommand extends Group {}
