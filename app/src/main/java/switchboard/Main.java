package switchboard;

import switchboard.cli.Cli;

/** Entry point: java -jar target/switchboard.jar [serve | db migrate | db seed] [--help]. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = new Cli(System.getenv(), System.out, System.err, Server::run).run(args);
        if (code != 0) System.exit(code);
    }
}
