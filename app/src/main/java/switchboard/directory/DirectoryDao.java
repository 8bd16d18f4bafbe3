package switchboard.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import switchboard.db.Columns;
import switchboard.routing.LineRouting;

/** Read-side lookups the call flow needs: lines and apps by SIP URI, a line's routing with its members' load. */
@RegisterRowMapper(LineMapper.class)
@RegisterRowMapper(DirectoryDao.AppOwnerMapper.class)
@RegisterRowMapper(DirectoryDao.RoutingRowMapper.class)
public interface DirectoryDao {

    record AppOwner(long appId, String label, long userId, String userName) {}

    /** One row per tier, member and app; a member's load (open offers, last call, answered today) on each. */
    record RoutingRow(int tierPosition, int ringTimeoutSeconds, String strategy, long rotation, Long userId,
                      String userName, String status, Integer maxConcurrentCalls, String timeZone, String workingHours,
                      Long appId, String appLabel, String appSipUri, LineRouting.Load load) {}

    // Hand-written mappers: these run on every call; reflective mapping re-matches columns on each query.
    final class AppOwnerMapper implements RowMapper<AppOwner> {
        @Override
        public AppOwner map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AppOwner(rs.getLong("app_id"), rs.getString("label"), rs.getLong("user_id"), rs.getString("user_name"));
        }
    }

    final class RoutingRowMapper implements RowMapper<RoutingRow> {
        @Override
        public RoutingRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RoutingRow(rs.getInt("tier_position"), rs.getInt("ring_timeout_seconds"), rs.getString("strategy"),
                    rs.getLong("rotation"), Columns.nullableLong(rs, "user_id"), rs.getString("user_name"), rs.getString("status"),
                    Columns.nullableInt(rs, "max_concurrent_calls"), rs.getString("time_zone"), rs.getString("working_hours"),
                    Columns.nullableLong(rs, "app_id"), rs.getString("app_label"), rs.getString("app_sip_uri"),
                    new LineRouting.Load(rs.getInt("ringing"), rs.getInt("talking"), Columns.instant(rs, "last_call_ended_at"),
                            rs.getInt("answered_today")));
        }
    }

    @SqlQuery("select " + LineDao.COLUMNS + " from lines where sip_uri = :sipUri and deleted_at is null")
    Optional<Line> lineBySipUri(@Bind("sipUri") String normalizedSipUri);

    @SqlQuery("select " + LineDao.COLUMNS + " from lines where id = :id and deleted_at is null")
    Optional<Line> lineById(@Bind("id") long id);

    @SqlQuery("""
            select a.id as app_id, a.label, u.id as user_id, u.name as user_name
            from apps a join users u on u.id = a.user_id
            where a.sip_uri = :sipUri and a.deleted_at is null""")
    Optional<AppOwner> appBySipUri(@Bind("sipUri") String normalizedSipUri);

    /**
     * A transaction-scoped advisory lock per line member, in id order: concurrent offers of the same user, on any
     * instance, take turns. Not a row lock: that wrote every member's row (and WAL) on every routing decision.
     */
    @SqlQuery("select " + MEMBER_LOCK + " " + """
             from (select distinct m.user_id from tiers t join tier_members m on m.tier_id = t.id
                   where t.line_id = :lineId order by m.user_id) locked""")
    List<Long> lockMembers(@Bind("lineId") long lineId);

    /** The lock of one user's offers: key space 0x5b0 (ours), then the id folded into an int (a clash only waits). */
    String MEMBER_LOCK = "locked.user_id, pg_advisory_xact_lock(1456, (locked.user_id % 2147483648)::int)";

    /** A member's columns and load: open offers (not ended, not expired), the last call's end, answers since dayStart. */
    String MEMBER_COLUMNS = """
            u.id as user_id, u.name as user_name, u.status, u.max_concurrent_calls, u.time_zone,
            u.working_hours::text as working_hours, u.last_call_ended_at,
            a.id as app_id, a.label as app_label, a.sip_uri as app_sip_uri,
            coalesce(open.ringing, 0) as ringing, coalesce(open.talking, 0) as talking,
            coalesce(today.answered, 0) as answered_today
            """;
    String MEMBER_LOAD = """
            left join apps a on a.user_id = u.id and a.deleted_at is null
            left join lateral (
                select count(*) filter (where o.answered_at is null) as ringing,
                       count(*) filter (where o.answered_at is not null) as talking
                from offers o where o.user_id = u.id and o.ended_at is null and o.expires_at > now()) open on true
            left join lateral (
                select count(*) as answered from offers o where o.user_id = u.id and o.answered_at >= :dayStart) today on true
            """;

    /**
     * The line's tiers, members and apps with each member's load; each part an index lookup. Read after
     * lockMembers, in a fresh snapshot.
     */
    @SqlQuery("select t.position as tier_position, t.ring_timeout_seconds, t.strategy, t.rotation, " + MEMBER_COLUMNS + """
            from tiers t
            left join tier_members m on m.tier_id = t.id
            left join users u on u.id = m.user_id and u.deleted_at is null
            """ + MEMBER_LOAD + """
            where t.line_id = :lineId
            order by t.position, m.position, a.id""")
    List<RoutingRow> routingRows(@Bind("lineId") long lineId, @Bind("dayStart") Instant dayStart);

    /** Like lockMembers, with users beyond the line's tiers (a lead tier's), all in one id order so two calls cannot deadlock. */
    @SqlQuery("select " + MEMBER_LOCK + " " + """
             from (select m.user_id from tiers t join tier_members m on m.tier_id = t.id where t.line_id = :lineId
                   union select unnest(cast(:others as bigint[])) order by 1) locked""")
    List<Long> lockMembersAnd(@Bind("lineId") long lineId, @Bind("others") Long[] others);

    /** Users with their apps and load, in the rows' shape (no tier): the people of a lead tier. */
    @SqlQuery("select 0 as tier_position, 0 as ring_timeout_seconds, 'ring-all' as strategy, 0 as rotation, "
            + MEMBER_COLUMNS + " from users u " + MEMBER_LOAD + """
            where u.id = any(:ids) and u.deleted_at is null
            order by u.id, a.id""")
    List<RoutingRow> memberRows(@Bind("ids") Long[] userIds, @Bind("dayStart") Instant dayStart);

    /** Rows of memberRows as members by user id, each with all their apps. */
    static Map<Long, LineRouting.Member> members(List<RoutingRow> rows) {
        Map<Long, LineRouting.Member> members = new LinkedHashMap<>();
        for (RoutingRow row : rows) addMember(members, row);
        return members;
    }

    /** Rows come ordered by tier, member, app: fold them into the nested routing records. */
    static LineRouting fold(Line line, List<RoutingRow> rows) {
        Map<Integer, RoutingRow> tierRows = new LinkedHashMap<>();
        Map<Integer, Map<Long, LineRouting.Member>> members = new LinkedHashMap<>();
        for (RoutingRow row : rows) {
            tierRows.putIfAbsent(row.tierPosition(), row);
            addMember(members.computeIfAbsent(row.tierPosition(), p -> new LinkedHashMap<>()), row);
        }
        List<LineRouting.Tier> tiers = new ArrayList<>();
        members.forEach((position, byUser) -> {
            RoutingRow t = tierRows.get(position);
            tiers.add(new LineRouting.Tier(position, t.ringTimeoutSeconds(), t.strategy(), t.rotation(), List.copyOf(byUser.values())));
        });
        return new LineRouting(line.id(), line.name(), line.voicemailPrompt(), rules(line), List.copyOf(tiers), line.queue(), 0);
    }

    /** The line's own rules: hours, closures, caps. */
    static LineRouting.Rules rules(Line line) {
        return new LineRouting.Rules(line.wrapUpSeconds(), line.missedCallsBeforeAway(),
                Hours.zone(line.timeZone()), Hours.weekly(line.businessHours()), Hours.closures(line.closures()),
                line.closedMessage(), line.maxRingSeconds());
    }

    private static void addMember(Map<Long, LineRouting.Member> members, RoutingRow row) {
        if (row.userId() == null) return;
        LineRouting.Member member = members.computeIfAbsent(row.userId(), id -> member(row));
        if (row.appId() != null) member.apps().add(new LineRouting.MemberApp(row.appId(), row.appLabel(), row.appSipUri()));
    }

    private static LineRouting.Member member(RoutingRow row) {
        return new LineRouting.Member(row.userId(), row.userName(), new ArrayList<>(), row.status(),
                row.maxConcurrentCalls(), Hours.zone(row.timeZone()), Hours.weekly(row.workingHours()), row.load());
    }
}
