package switchboard.db;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one place Jdbi is configured. */
public final class Jdbis {
    private Jdbis() {}

    public static Jdbi create(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }
}
