package switchboard.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.config.CannotStart;

/**
 * The embedded PostgreSQL's data directory: started by one Switchboard, which holds zonky's lock file in it while it
 * runs; PostgreSQL's own postmaster.pid says on which port, so a command can join that running database. A PostgreSQL
 * still running there while nobody holds the lock was left by a Switchboard that was killed (kill -9): it is stopped.
 */
record EmbeddedData(Path dir) {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedData.class);
    private static final String LOCK = "epg-lock"; // zonky's: held by the process that started the database
    // Closing any channel on a file drops every lock this process holds on it (POSIX): never probe our own.
    private static final Set<Path> STARTED_HERE = ConcurrentHashMap.newKeySet();

    /** The database a running Switchboard started here: its port; empty when nobody holds the directory. */
    Optional<Integer> runningPort() {
        if (!isHeld()) {
            leftRunning().ifPresent(this::stop);
            return Optional.empty();
        }
        return postmaster().filter(p -> p.size() >= 4).flatMap(p -> number(p.get(3))).map(Long::intValue).or(() -> {
            throw CannotStart.because("SWITCHBOARD_DATA_DIR: " + dir.toAbsolutePath() + " is in use by a Switchboard that"
                    + " is still starting: try again in a moment");
        });
    }

    /** Fails when another running Switchboard holds the directory: two may not own one database. */
    void requireFree() {
        Optional<Integer> port = runningPort();
        if (port.isPresent()) {
            throw CannotStart.setting("SWITCHBOARD_DATA_DIR: " + dir.toAbsolutePath() + " is in use by another running"
                    + " Switchboard (its database listens on port " + port.get() + "): stop it, or set SWITCHBOARD_DATA_DIR"
                    + " (or DATABASE_URL) to use another database");
        }
    }

    EmbeddedPostgres start() {
        Path where = dir.toAbsolutePath();
        log.info("No DATABASE_URL: starting embedded PostgreSQL with data in {}", where);
        try {
            Files.createDirectories(dir);
            STARTED_HERE.add(where.normalize());
            // zonky's defaults suit throwaway test databases (fsync off); this one keeps the user's call log. Its own
            // shutdown hook would stop the database while the webhooks in flight still use it: Server.close() stops it last.
            return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on").start();
        } catch (IOException | RuntimeException e) {
            stopped();
            if (String.valueOf(e.getMessage()).startsWith("No Postgres binary found")) {
                throw CannotStart.setting("DATABASE_URL: this build has no embedded PostgreSQL for " + System.getProperty("os.name")
                        + " " + System.getProperty("os.arch") + ": set DATABASE_URL to a PostgreSQL database");
            }
            throw CannotStart.because("SWITCHBOARD_DATA_DIR: could not start the embedded PostgreSQL in " + where + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + " (its log: " + where.resolve("log") + ")");
        }
    }

    /** Our own database is closed: its lock is gone with it. */
    void stopped() {
        STARTED_HERE.remove(dir.toAbsolutePath().normalize());
    }

    private boolean isHeld() {
        if (STARTED_HERE.contains(dir.toAbsolutePath().normalize())) return true;
        Path lock = dir.resolve(LOCK);
        if (!Files.exists(lock)) return false;
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock mine = channel.tryLock()) {
            return mine == null;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return true;
        } catch (IOException e) {
            return false; // unreadable: let the start say what is wrong
        }
    }

    /** A postmaster.pid naming a live PostgreSQL although no Switchboard holds the directory: its Switchboard was killed. */
    private Optional<ProcessHandle> leftRunning() {
        Optional<List<String>> postmaster = postmaster().filter(p -> p.size() >= 2 && isThisDirectory(p.get(1)));
        return postmaster.flatMap(p -> number(p.get(0))).flatMap(ProcessHandle::of)
                .filter(h -> h.info().command().filter(c -> c.contains("postgres")).isPresent());
    }

    /** SIGTERM, PostgreSQL's smart shutdown: nobody is connected any more, so it stops at once, cleanly. */
    private void stop(ProcessHandle postgres) {
        log.warn("Stopping the embedded PostgreSQL (pid {}) that a Switchboard which was killed left running in {}",
                postgres.pid(), dir.toAbsolutePath());
        postgres.destroy();
        try {
            postgres.onExit().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw CannotStart.setting("SWITCHBOARD_DATA_DIR: " + dir.toAbsolutePath() + " is held by a PostgreSQL (pid "
                    + postgres.pid() + ") an earlier Switchboard left running, which does not stop: stop it (kill "
                    + postgres.pid() + "), then start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CannotStart.because("SWITCHBOARD_DATA_DIR: interrupted while stopping an earlier PostgreSQL");
        }
    }

    private boolean isThisDirectory(String path) {
        try {
            return Path.of(path.trim()).toRealPath().equals(dir.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Optional<List<String>> postmaster() {
        try {
            Path pid = dir.resolve("postmaster.pid");
            return Files.exists(pid) ? Optional.of(Files.readAllLines(pid)).filter(p -> !p.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
