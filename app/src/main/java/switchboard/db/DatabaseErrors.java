package switchboard.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.postgresql.Driver;
import org.postgresql.util.PSQLException;
import switchboard.config.CannotStart;

/** What went wrong reaching or migrating the database, in one line that says where and what to do; never a password. */
final class DatabaseErrors {
    private DatabaseErrors() {}

    /** {@code setting} names what to fix: DATABASE_URL, or the embedded database. */
    static CannotStart connecting(String setting, String jdbcUrl, String user, SQLException e) {
        Properties url = Driver.parseURL(jdbcUrl, null);
        String where = url == null ? "the database" : url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT");
        String database = url == null ? "" : url.getProperty("PGDBNAME");
        String who = user != null ? user : url == null ? null : url.getProperty("user");
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01")) return CannotStart.setting(setting + ": wrong password for user " + who + " at " + where);
        if (state.equals("3D000")) {
            return CannotStart.setting(setting + ": database " + database + " does not exist at " + where
                    + " (create it: createdb " + database + ", or fix the name)");
        }
        if (state.equals("28000")) return CannotStart.setting(setting + ": " + serverMessage(e) + " at " + where);
        if (state.startsWith("08")) return CannotStart.because(setting + ": cannot reach " + where + " (" + why(e) + ")");
        return CannotStart.because(setting + ": cannot connect to " + where + ": " + serverMessage(e));
    }

    /** A migration that failed (which one, why), or migrations that do not fit the database. */
    static CannotStart migrating(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywayMigrateException m && m.getMigration() != null) {
                MigrationInfo migration = m.getMigration();
                String line = m.getLineNumber() > 0 ? " (line " + m.getLineNumber() + ")" : "";
                String undone = m.isExecutableInTransaction() ? "rolled back: nothing of it was applied"
                        : "it ran outside a transaction: check what it changed before running it again";
                return CannotStart.because("migration " + migration.getScript() + " failed: " + reason(m) + line + "; " + undone);
            }
        }
        String detail = e.getMessage() == null ? e.toString() : e.getMessage().lines().skip(1)
                .takeWhile(l -> !l.startsWith("Need more") && !l.contains("Learn more")).map(String::trim)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return CannotStart.because("migrations: " + shorten(detail.isEmpty() ? first : detail));
    }

    private static String reason(FlywayMigrateException m) {
        for (Throwable t = m; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) return p.getServerErrorMessage().getMessage();
            if (t instanceof SQLException s) return firstLine(s.getMessage());
        }
        return firstLine(m.getMessage());
    }

    private static String why(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "unknown host";
            if (t instanceof SocketTimeoutException) return "no answer";
        }
        return firstLine(e.getMessage());
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) return p.getServerErrorMessage().getMessage();
        return firstLine(e.getMessage());
    }

    private static String firstLine(String text) {
        return String.valueOf(text).lines().findFirst().orElse("").trim();
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
