package switchboard.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs an embedded PostgreSQL for the benchmark until this process is stopped, and writes its JDBC URL to
 * a file. Durable settings, as on a production database: the embedded default synchronous_commit=off
 * would let a commit return before its WAL is on disk, which the benchmark must not count on.
 * Usage: BenchPostgres DATA_DIR URL_FILE [--statements] (the last loads pg_stat_statements, for bench/profile)
 */
public final class BenchPostgres {
    private BenchPostgres() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path urlFile = Path.of(args[1]);
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (args.length > 2 && args[2].equals("--statements")) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            builder.setServerConfig("pg_stat_statements.track_planning", "on"); // a plan made per execution shows
            builder.setServerConfig("pg_stat_statements.track", "all"); // the triggers' statements too, each on its own line
        }
        EmbeddedPostgres pg = builder
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }, "stop-postgres"));
        String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres";
        Path tmp = urlFile.resolveSibling(urlFile.getFileName() + ".part");
        Files.writeString(tmp, url + "\n");
        Files.move(tmp, urlFile, StandardCopyOption.ATOMIC_MOVE); // the script never reads half a URL
        // Stop with the script that started us, even if it was killed before it could stop us.
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        while (parent.isAlive()) Thread.sleep(500);
        System.exit(0);
    }
}
