package switchboard.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionException;
import org.postgresql.util.PSQLException;

/** Reads PostgreSQL's reasons out of Jdbi's exceptions. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

    /** Whether this failure means PostgreSQL could not be reached (no connection, or the connection was lost). */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectionException) return true;
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) return true;
        }
        return false;
    }

    /** The name of the unique constraint this failure broke, if that is what it was. */
    public static Optional<String> uniqueConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && UNIQUE_VIOLATION.equals(p.getSQLState())) {
                return Optional.of(p.getServerErrorMessage() == null ? "" : p.getServerErrorMessage().getConstraint());
            }
        }
        return Optional.empty();
    }
}
