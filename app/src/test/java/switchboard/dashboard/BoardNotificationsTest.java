package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;

/** What the board hears from PostgreSQL: one notification per changed part, per webhook, and nothing on a retry. */
class BoardNotificationsTest extends ServerTest {

    private static List<String> heard(PGConnection pg, int millis) throws Exception {
        List<String> payloads = new ArrayList<>();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            PGNotification[] batch = pg.getNotifications(100);
            if (batch != null) for (PGNotification n : batch) payloads.add(n.getParameter());
        }
        return payloads;
    }

    @Test
    void a_webhook_notifies_each_part_it_changed_once_and_its_retry_notifies_nothing() throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", null); Statement s = c.createStatement()) {
            s.execute("listen " + BoardHub.CHANNEL);
            PGConnection pg = c.unwrap(PGConnection.class);
            PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
            call.answer();
            assertThat(heard(pg, 800)).containsExactlyInAnyOrder("calls", "people");
            call.answer(); // Plivo's retry: the stored XML again, no change
            assertThat(heard(pg, 500)).isEmpty();
            call.hangup(4, "ORIGINATOR_CANCEL");
            assertThat(heard(pg, 800)).containsExactlyInAnyOrder("calls", "people");
        }
    }

    @Test
    void a_statement_that_changes_no_row_notifies_nothing_and_one_that_does_notifies_its_part_once() throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", null); Statement s = c.createStatement()) {
            s.execute("listen " + BoardHub.CHANNEL);
            PGConnection pg = c.unwrap(PGConnection.class);
            s.execute("update users set name = name where id = -1");
            s.execute("delete from tier_members where tier_id = -1");
            assertThat(heard(pg, 300)).isEmpty();
            s.execute("update lines set name = name where id in (select id from lines order by id limit 2)");
            assertThat(heard(pg, 500)).containsExactly("queue");
        }
    }
}
