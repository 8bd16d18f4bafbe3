package switchboard.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import switchboard.routing.LineRouting;

/** Read-side lookups the call flow needs: lines and apps by SIP URI, a line's tiers. */
@RegisterConstructorMapper(DirectoryDao.Line.class)
@RegisterConstructorMapper(DirectoryDao.AppOwner.class)
@RegisterConstructorMapper(DirectoryDao.RoutingRow.class)
public interface DirectoryDao {

    record Line(long id, String name, String sipUri, String voicemailPrompt, int ringTimeoutSeconds) {}

    record AppOwner(long appId, String label, long userId, String userName) {}

    record RoutingRow(int tierPosition, int ringTimeoutSeconds, Long userId, String userName,
                      Long appId, String appLabel, String appSipUri) {}

    @SqlQuery("""
            select id, name, sip_uri, voicemail_prompt, ring_timeout_seconds
            from lines where sip_uri = :sipUri and deleted_at is null""")
    Optional<Line> lineBySipUri(@Bind("sipUri") String normalizedSipUri);

    @SqlQuery("""
            select id, name, sip_uri, voicemail_prompt, ring_timeout_seconds
            from lines where id = :id and deleted_at is null""")
    Optional<Line> lineById(@Bind("id") long id);

    @SqlQuery("""
            select a.id as app_id, a.label, u.id as user_id, u.name as user_name
            from apps a join users u on u.id = a.user_id
            where a.sip_uri = :sipUri and a.deleted_at is null""")
    Optional<AppOwner> appBySipUri(@Bind("sipUri") String normalizedSipUri);

    @SqlQuery("""
            select t.position as tier_position, t.ring_timeout_seconds,
                   u.id as user_id, u.name as user_name, a.id as app_id, a.label as app_label, a.sip_uri as app_sip_uri
            from tiers t
            left join tier_members m on m.tier_id = t.id
            left join users u on u.id = m.user_id and u.deleted_at is null
            left join apps a on a.user_id = u.id and a.deleted_at is null
            where t.line_id = :lineId
            order by t.position, m.position, a.id""")
    List<RoutingRow> routingRows(@Bind("lineId") long lineId);

    default LineRouting routing(Line line) {
        return fold(line, routingRows(line.id()));
    }

    /** Rows come ordered by tier, member, app: fold them into the nested routing records. */
    static LineRouting fold(Line line, List<RoutingRow> rows) {
        Map<Integer, Integer> timeouts = new LinkedHashMap<>();
        Map<Integer, Map<Long, LineRouting.Member>> members = new LinkedHashMap<>();
        for (RoutingRow row : rows) {
            timeouts.putIfAbsent(row.tierPosition(), row.ringTimeoutSeconds());
            Map<Long, LineRouting.Member> tier = members.computeIfAbsent(row.tierPosition(), p -> new LinkedHashMap<>());
            if (row.userId() == null) continue;
            LineRouting.Member member = tier.computeIfAbsent(row.userId(),
                    id -> new LineRouting.Member(id, row.userName(), new ArrayList<>()));
            if (row.appId() != null) {
                member.apps().add(new LineRouting.App(row.appId(), row.appLabel(), row.appSipUri()));
            }
        }
        List<LineRouting.Tier> tiers = new ArrayList<>();
        members.forEach((position, byUser) -> tiers.add(new LineRouting.Tier(
                position, timeouts.get(position), List.copyOf(byUser.values()))));
        return new LineRouting(line.id(), line.name(), line.voicemailPrompt(), List.copyOf(tiers));
    }
}
