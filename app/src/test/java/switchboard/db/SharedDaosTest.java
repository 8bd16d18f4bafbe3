package switchboard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.testing.TestPostgres;

/** One DAO per Jdbi, each statement on the transaction of the thread that calls it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDaosTest {
    Database database;
    Jdbi jdbi;

    @RegisterConstructorMapper(Probe.class)
    interface ProbeDao {
        @SqlUpdate("insert into probe (label) values (:label)")
        void add(@Bind("label") String label);

        @SqlQuery("select count(*) as rows, pg_backend_pid() as backend from probe")
        Probe probe();
    }

    record Probe(int rows, int backend) {}

    @BeforeAll
    void start() {
        database = TestPostgres.freshDatabase();
        jdbi = database.jdbi();
        jdbi.useHandle(h -> h.execute("create table probe (label text not null)"));
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void two_threads_share_the_dao_and_each_writes_in_its_own_transaction() throws Exception {
        CyclicBarrier bothOpen = new CyclicBarrier(2);
        CompletableFuture<ProbeDao> kept = CompletableFuture.supplyAsync(() -> inTransaction(bothOpen, "kept", false));
        CompletableFuture<ProbeDao> undone = CompletableFuture.supplyAsync(() -> inTransaction(bothOpen, "undone", true));
        assertThat(kept.get(20, TimeUnit.SECONDS)).isSameAs(undone.get(20, TimeUnit.SECONDS));
        String labels = jdbi.withHandle(h -> h.createQuery("select string_agg(label, ',') from probe").mapTo(String.class).one());
        assertThat(labels).isEqualTo("kept");
    }

    /** Inserts a row while the other thread's transaction is open too; sees only its own; rolls back when asked. */
    private ProbeDao inTransaction(CyclicBarrier bothOpen, String label, boolean rollBack) {
        return jdbi.inTransaction(h -> {
            ProbeDao dao = SharedDaos.of(h, ProbeDao.class);
            dao.add(label);
            await(bothOpen);
            Probe probe = dao.probe();
            assertThat(probe.backend()).isEqualTo(backend(h)); // this thread's connection, not the other's
            assertThat(probe.rows()).isEqualTo(1);
            await(bothOpen);
            if (rollBack) h.rollback();
            return dao;
        });
    }

    @Test
    void a_shared_dao_used_after_its_transaction_fails_loudly() {
        ProbeDao dao = jdbi.inTransaction(h -> SharedDaos.of(h, ProbeDao.class));
        assertThatThrownBy(dao::probe).isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the transaction");
    }

    @Test
    void a_handle_opened_outside_jdbis_scope_gets_a_dao_of_its_own() {
        ProbeDao shared = jdbi.inTransaction(h -> SharedDaos.of(h, ProbeDao.class));
        try (Handle h = jdbi.open()) {
            ProbeDao own = SharedDaos.of(h, ProbeDao.class);
            assertThat(own).isNotSameAs(shared);
            assertThat(own.probe().backend()).isEqualTo(backend(h));
        }
    }

    @Test
    void with_reads_through_the_shared_dao_on_a_handle_of_its_own() {
        int rows = jdbi.withHandle(h -> h.createQuery("select count(*) from probe").mapTo(Integer.class).one());
        assertThat(SharedDaos.with(jdbi, ProbeDao.class, ProbeDao::probe).rows()).isEqualTo(rows);
        ProbeDao viaWith = SharedDaos.with(jdbi, ProbeDao.class, dao -> dao);
        ProbeDao viaHandle = jdbi.withHandle(h -> SharedDaos.of(h, ProbeDao.class));
        assertThat(viaWith).isSameAs(viaHandle);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other transaction never came", e);
        }
    }

    private static int backend(Handle h) {
        return h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
    }
}
