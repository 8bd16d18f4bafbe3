package switchboard.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import switchboard.db.Columns;
import switchboard.routing.QueueRules;

/** Reads a line (LineDao.COLUMNS) by hand: every call looks its line up, and reflective mapping costs more than the query. */
public final class LineMapper implements RowMapper<Line> {
    @Override
    public Line map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Line(rs.getLong("id"), rs.getString("name"), rs.getString("sip_uri"), rs.getString("voicemail_prompt"),
                rs.getInt("ring_timeout_seconds"), rs.getInt("wrap_up_seconds"), Columns.nullableInt(rs, "missed_calls_before_away"),
                rs.getString("time_zone"), rs.getString("business_hours"), rs.getString("closures"), rs.getString("closed_message"),
                Columns.nullableInt(rs, "max_ring_seconds"), queue(rs),
                rs.getBoolean("owner_first"), rs.getInt("owner_ring_seconds"), Columns.nullableInt(rs, "sticky_days"),
                rs.getInt("service_level_seconds"), rs.getBoolean("has_menu"), rs.getBoolean("has_rota"));
    }

    private static QueueRules queue(ResultSet rs) throws SQLException {
        return new QueueRules(rs.getBoolean("queue_enabled"), rs.getInt("queue_max_wait_seconds"), rs.getInt("queue_max_callers"),
                rs.getInt("queue_announce_every_seconds"), rs.getString("queue_hold_music_url"), rs.getString("queue_voicemail_key"),
                rs.getString("queue_callback_key"), rs.getInt("queue_retry_seconds"));
    }
}
