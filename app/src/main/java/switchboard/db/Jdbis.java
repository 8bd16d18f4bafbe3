package switchboard.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one place Jdbi is configured. */
public final class Jdbis {
    private Jdbis() {}

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(Pool.class).dataSource = dataSource;
        return jdbi;
    }

    /**
     * Hikari's own Micrometer meters (hikaricp_connections_active...) for this Jdbi's pool. A pool takes one registry
     * for good: false when it already has one (another server over the same pool, in tests) or is not Hikari's.
     */
    public static synchronized boolean bindPoolMetrics(Jdbi jdbi, MeterRegistry registry) {
        if (!(jdbi.getConfig(Pool.class).dataSource instanceof HikariDataSource pool) || pool.getMetricsTrackerFactory() != null) {
            return false;
        }
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return true;
    }

    /** The pool a Jdbi was created over, kept in its configuration. */
    public static final class Pool implements JdbiConfig<Pool> {
        private DataSource dataSource;

        public Pool() {}

        private Pool(Pool other) {
            this.dataSource = other.dataSource;
        }

        @Override
        public Pool createCopy() {
            return new Pool(this);
        }
    }
}
