package switchboard.web;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

interface HealthDao {
    @SqlQuery("select 1")
    int ping();
}
