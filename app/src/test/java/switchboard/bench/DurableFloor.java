package switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of a durable webhook on this PostgreSQL: look up a line by its SIP URI (an index), insert a call row,
 * commit (fsync on), over plain JDBC with prepared statements. Into a table of its own, shaped as calls' first
 * columns but without our triggers or indexes beyond its key: what any webhook that keeps a record must pay.
 */
final class DurableFloor implements Load.Worker {
    private final BenchDirectory directory;
    private final Connection c;
    private final PreparedStatement findLine;
    private final PreparedStatement insertCall;

    DurableFloor(BenchDirectory directory) throws SQLException {
        this.directory = directory;
        this.c = directory.connect();
        c.setAutoCommit(false);
        findLine = c.prepareStatement("select id from lines where sip_uri = ? and deleted_at is null");
        insertCall = c.prepareStatement("insert into bench_floor_calls (call_uuid, line_id, from_uri, to_uri) values (?, ?, ?, ?)");
    }

    /** The floor's table, made once before the measurement. */
    static void prepare(BenchDirectory directory) throws SQLException {
        try (Connection c = directory.connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_floor_calls (id bigserial primary key, call_uuid text not null unique,"
                    + " line_id bigint not null, from_uri text not null, to_uri text not null,"
                    + " started_at timestamptz not null default now())");
        }
    }

    @Override
    public boolean once() throws SQLException {
        Webhooks.Call call = Webhooks.Call.to(directory.randomLine());
        findLine.setString(1, call.to());
        long line;
        try (ResultSet r = findLine.executeQuery()) {
            if (!r.next()) throw new SQLException("no line " + call.to());
            line = r.getLong(1);
        }
        insertCall.setString(1, call.uuid());
        insertCall.setLong(2, line);
        insertCall.setString(3, call.from());
        insertCall.setString(4, call.to());
        insertCall.executeUpdate();
        c.commit();
        return true;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
