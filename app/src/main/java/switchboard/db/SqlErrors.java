package switchboard.db;

import java.util.Optional;
import org.postgresql.util.PSQLException;

/** Reads PostgreSQL's reasons out of Jdbi's exceptions. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

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
