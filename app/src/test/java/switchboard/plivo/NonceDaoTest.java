package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.db.Database;
import switchboard.db.SharedDaos;
import switchboard.testing.TestPostgres;

/** The nonce's one statement: it remembers the first request's hash, and its commit does not wait for the disk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonceDaoTest {
    Database database;
    Jdbi jdbi;

    @BeforeAll
    void start() {
        database = TestPostgres.freshDatabase();
        jdbi = database.jdbi();
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void a_new_nonce_turns_off_the_synchronous_commit_of_its_own_transaction() {
        String during = jdbi.inTransaction(h -> {
            h.execute("set local synchronous_commit = on"); // the embedded test server's default is off
            SharedDaos.of(h, NonceDao.class).remember("nonce-new", new byte[] {1});
            return h.createQuery("show synchronous_commit").mapTo(String.class).one();
        });
        assertThat(during).isEqualTo("off");
    }

    @Test
    void outside_a_transaction_the_setting_ends_with_the_nonce_statement() {
        String after = jdbi.withHandle(h -> {
            h.execute("set synchronous_commit = on"); // this connection's own setting, which the nonce must not change
            SharedDaos.of(h, NonceDao.class).remember("nonce-alone", new byte[] {1});
            String setting = h.createQuery("show synchronous_commit").mapTo(String.class).one();
            h.execute("reset synchronous_commit"); // the connection goes back to the pool as it came
            return setting;
        });
        assertThat(after).isEqualTo("on");
    }

    @Test
    void a_repeated_nonce_answers_the_hash_it_was_first_seen_with() {
        byte[] first = SharedDaos.with(jdbi, NonceDao.class, dao -> dao.remember("nonce-twice", new byte[] {1, 2})).orElseThrow();
        byte[] second = SharedDaos.with(jdbi, NonceDao.class, dao -> dao.remember("nonce-twice", new byte[] {3})).orElseThrow();
        assertThat(first).containsExactly(1, 2);
        assertThat(second).containsExactly(1, 2);
    }
}
