package switchboard.accounts;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import switchboard.config.Config;
import switchboard.db.Database;
import switchboard.db.SharedDaos;

/**
 * `user invite --email E`: prints a one-time sign-in link (valid 24 h) where the user sets their password, a first
 * one or a new one. A picocli command: mount an instance under the command line's root
 * ({@code root.addSubcommand(new UserCommand(env, out, err))}); or run it alone ({@link #run}).
 */
@Command(name = "user", description = "dashboard accounts", subcommands = UserCommand.Invite.class)
public final class UserCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public UserCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** The command line with this command at its root, wired to these streams: `user invite ...` is run(["invite", ...]). */
    public int run(String... args) {
        return commandLine().execute(args);
    }

    public CommandLine commandLine() {
        CommandLine line = new CommandLine(this);
        line.setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true));
        return line;
    }

    @Override
    public Integer call() {
        commandLine().usage(out);
        return 2;
    }

    @Command(name = "invite", header = "print a one-time dashboard sign-in link (24 h) for a user",
            description = {"Prints a one-time link, valid 24 hours, where the user sets their dashboard password "
                    + "(the first, or a new one: the same link resets it). A new link replaces the user's unused ones.",
                    "The user must exist and have this email (POST /api/users)."})
    static final class Invite implements Callable<Integer> {
        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user's email")
        String email;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;

        @picocli.CommandLine.ParentCommand
        UserCommand parent; // its environment and streams: mounted anywhere, `user invite` still finds them

        @Override
        public Integer call() {
            Config config = Config.fromEnv(parent.env);
            try (Database db = Database.open(config)) {
                db.migrate();
                var account = SharedDaos.with(db.jdbi(), AccountDao.class, dao -> dao.byEmail(email.trim()));
                if (account.isEmpty()) {
                    parent.err.println("no user with email " + email.trim() + ": create one first (POST /api/users with an email)");
                    return 1;
                }
                SignInLinks links = new SignInLinks(db.jdbi(), new Sessions(db.jdbi()), config.publicUrl());
                SignInLinks.Created link = links.create(account.get().id(), "user invite (command line)");
                parent.out.println("Sign-in link for " + link.name() + " <" + link.email() + "> to " + (link.purpose().equals("invite")
                        ? "set their first password" : "set a new password") + ", valid once until " + link.expiresAt() + ":");
                parent.out.println(link.url());
                return 0;
            }
        }
    }
}
