package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import switchboard.db.Database;
import switchboard.testing.CliRun;
import switchboard.testing.SwitchboardProcess;
import switchboard.testing.TestPostgres;

/** `serve` that cannot start says why in one line, names what to change, and exits 2 (a setting) or 1; no stack trace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupErrorsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    /** A PostgreSQL that checks passwords (the test one trusts everyone), with the role ops whose password is "right". */
    private EmbeddedPostgres checkingPasswords;

    @BeforeAll
    void startPostgresCheckingPasswords() throws IOException, SQLException {
        checkingPasswords = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> write(dir.toPath().resolve("pg_hba.conf"),
                """
                host all postgres 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """)).start();
        try (Connection c = checkingPasswords.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role ops login password 'right'");
        }
    }

    @AfterAll
    void stopIt() throws IOException {
        checkingPasswords.close();
    }

    private SwitchboardProcess serve(Map<String, String> env, List<Path> classpathFirst) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("SWITCHBOARD_DATA_DIR", dataDir.toString(),
                "PORT", Integer.toString(SwitchboardProcess.freePort())));
        all.putAll(env);
        return SwitchboardProcess.start(dataDir, all, classpathFirst, "serve");
    }

    private static void assertOneLine(SwitchboardProcess run, int code, String line) {
        assertThat(run.exitCode(LIMIT)).as(run.err()).isEqualTo(code);
        assertThat(run.err()).endsWith(line + "\n").doesNotContain("\tat ", "Exception", "Caused by");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_port_in_use_is_named_before_the_database_starts() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            SwitchboardProcess run = serve(Map.of("PORT", Integer.toString(taken.getLocalPort())), List.of());
            assertOneLine(run, 2, "PORT " + taken.getLocalPort() + " is in use (another Switchboard?): set PORT");
            assertThat(run.err()).isEqualTo("PORT " + taken.getLocalPort() + " is in use (another Switchboard?): set PORT\n");
            assertThat(dataDir.resolve("pgdata")).doesNotExist();
        }
    }

    @Test
    void a_database_nobody_listens_at_is_named_with_its_address() {
        int closed = SwitchboardProcess.freePort();
        SwitchboardProcess run = serve(Map.of("DATABASE_URL", "postgres://ops:right@127.0.0.1:" + closed + "/switchboard"), List.of());
        assertOneLine(run, 1, "DATABASE_URL: cannot reach 127.0.0.1:" + closed + " (connection refused)");
    }

    @Test
    void a_wrong_password_names_the_user_and_never_the_password() {
        SwitchboardProcess run = serve(Map.of("DATABASE_URL", "postgres://ops:wrong-pw@127.0.0.1:" + checkingPasswords.getPort()
                + "/postgres"), List.of());
        assertOneLine(run, 2, "DATABASE_URL: wrong password for user ops at 127.0.0.1:" + checkingPasswords.getPort());
        assertThat(run.err()).doesNotContain("wrong-pw", "right");
    }

    @Test
    void a_missing_database_is_named_with_how_to_create_it() {
        SwitchboardProcess run = serve(Map.of("DATABASE_URL", "postgres://ops:right@127.0.0.1:" + checkingPasswords.getPort()
                + "/nope"), List.of());
        assertOneLine(run, 2, "DATABASE_URL: database nope does not exist at 127.0.0.1:" + checkingPasswords.getPort()
                + " (create it: createdb nope, or fix the name)");
    }

    @Test
    void a_failing_migration_is_named_with_its_reason_and_rolled_back() throws IOException {
        Path extra = dataDir.resolve("extra");
        write(extra.resolve("db/migration/V9999__broken.sql"), "create table half_done (id int);\nselect * from no_such_table;\n");
        try (Database db = TestPostgres.freshDatabase()) {
            SwitchboardProcess run = serve(Map.of("DATABASE_URL", db.jdbcUrl()), List.of(extra));
            assertOneLine(run, 1, "migration V9999__broken.sql failed: relation \"no_such_table\" does not exist (line 2);"
                    + " rolled back: nothing of it was applied");
            boolean rolledBack = db.jdbi().withHandle(h -> h.createQuery("select to_regclass('half_done') is null")
                    .mapTo(Boolean.class).one());
            assertThat(rolledBack).isTrue();
        }
    }

    /** One embedded database through its life: in use (refused to a second serve, shared with commands), then orphaned. */
    @Test
    void a_data_directory_in_use_is_refused_to_serve_shared_with_commands_and_recovered_after_a_kill() throws IOException {
        SwitchboardProcess running = serve(Map.of(), List.of());
        running.awaitOut("Next:", LIMIT);
        Path pgdata = dataDir.resolve("pgdata").toAbsolutePath();

        SwitchboardProcess second = SwitchboardProcess.start(Files.createDirectories(dataDir.resolve("second")), Map.of("SWITCHBOARD_DATA_DIR",
                dataDir.toString(), "PORT", Integer.toString(SwitchboardProcess.freePort())), "serve");
        assertThat(second.exitCode(LIMIT)).as(second.err()).isEqualTo(2);
        assertThat(second.err()).startsWith("SWITCHBOARD_DATA_DIR: " + pgdata + " is in use by another running Switchboard")
                .endsWith(": stop it, or set SWITCHBOARD_DATA_DIR (or DATABASE_URL) to use another database\n").hasLineCount(1);

        Map<String, String> sameData = Map.of("SWITCHBOARD_DATA_DIR", dataDir.toString());
        CliRun key = CliRun.of(sameData, "apikey", "create", "--name", "ops", "--role", "admin");
        assertThat(key.code()).as(key.err()).isZero();
        assertThat(CliRun.of(sameData, "apikey", "list").out()).contains("ops");

        long postgres = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).trim());
        running.signal("KILL");
        assertThat(running.exitCode(LIMIT)).isEqualTo(137);
        assertThat(ProcessHandle.of(postgres)).as("its PostgreSQL, left running").isPresent();
        CliRun next = CliRun.of(sameData, "apikey", "list");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out()).contains("ops");
        assertThat(next.logs()).contains("Stopping the embedded PostgreSQL (pid " + postgres + ") that a Switchboard which was"
                + " killed left running");
        assertThat(ProcessHandle.of(postgres)).isEmpty();
        assertThat(pgdata.resolve("postmaster.pid")).as("and the one it started, stopped").doesNotExist();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
