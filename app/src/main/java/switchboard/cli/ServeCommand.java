package switchboard.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import switchboard.config.Config;

/** serve: the server until SIGTERM or Ctrl-C, which stop it gracefully. */
@Command(name = "serve", header = "run the HTTP server (the default command)",
        description = {"Runs the HTTP server on $PORT: Plivo webhooks under /plivo, the JSON API under /api, /health,"
                + " /openapi.json. Applies pending migrations first. Without DATABASE_URL it starts an embedded"
                + " PostgreSQL and, when the directory is empty, loads the demo data. A background worker delivers the"
                + " notification mails and webhooks queued in the outbox, retrying what fails.",
                "",
                "Once it listens it prints where, for whom, on what data, and what to do next. SIGTERM (Heroku) or"
                + " Ctrl-C stops it within 25 s: no new connections, the webhooks in flight answered and committed,"
                + " the outbox's current delivery finished, then the database."})
final class ServeCommand extends InvokedCommand {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    private static final long STARTING_SECONDS = 20; // a signal during start-up waits this long for it, then stops what started

    private final Cli.Serving serving;

    ServeCommand(Invocation invocation, Cli.Serving serving) {
        super(invocation);
        this.serving = serving;
    }

    @Override
    public Integer call() {
        Config config = invocation.config();
        CompletableFuture<Cli.Running> started = new CompletableFuture<>();
        Thread stop = new Thread(() -> stop(started), "shutdown");
        Runtime.getRuntime().addShutdownHook(stop); // before starting: a signal during start-up still stops what started
        Cli.Running server;
        try {
            server = serving.start(config);
        } catch (RuntimeException e) {
            started.completeExceptionally(e); // the server stopped what it had started
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping anyway
            }
            throw e;
        }
        started.complete(server);
        StartBanner.print(invocation.out(), config, server);
        return 0;
    }

    private static void stop(CompletableFuture<Cli.Running> started) {
        try {
            started.get(STARTING_SECONDS, TimeUnit.SECONDS).close();
        } catch (ExecutionException failedToStart) {
            // nothing runs
        } catch (TimeoutException e) {
            log.warn("stopping while still starting after {} s: what started is left to the operating system", STARTING_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
