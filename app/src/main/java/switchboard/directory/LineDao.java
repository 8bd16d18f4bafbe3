package switchboard.directory;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(LineMapper.class)
public interface LineDao {
    String COLUMNS = "id, name, sip_uri, voicemail_prompt, ring_timeout_seconds, wrap_up_seconds, missed_calls_before_away,"
            + " time_zone, business_hours::text as business_hours, closures::text as closures, closed_message, max_ring_seconds,"
            + " queue_enabled, queue_max_wait_seconds, queue_max_callers, queue_announce_every_seconds, queue_hold_music_url,"
            + " queue_voicemail_key, queue_callback_key, queue_retry_seconds, owner_first, owner_ring_seconds, sticky_days,"
            + " service_level_seconds, exists (select from menus m where m.line_id = lines.id) as has_menu,"
            + " exists (select from rota_turns t where t.line_id = lines.id and t.copy = 'published') as has_rota";
    /** The queue's columns as bound from a Line (its queue()). */
    String QUEUE_VALUES = ":queue.enabled, :queue.maxWaitSeconds, :queue.maxCallers, :queue.announceEverySeconds,"
            + " :queue.holdMusicUrl, :queue.voicemailKey, :queue.callbackKey, :queue.retrySeconds";

    record TierRow(int position, int ringTimeoutSeconds, String strategy, Long userId) {}

    @SqlQuery("select " + COLUMNS + " from lines where deleted_at is null and id > :after order by id limit :limit")
    List<Line> page(@Bind("after") long afterId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from lines where id = :id and deleted_at is null")
    Optional<Line> find(@Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from lines where id = :id and deleted_at is null for update")
    Optional<Line> lock(@Bind("id") long id);

    @SqlQuery("insert into lines (name, sip_uri, voicemail_prompt, ring_timeout_seconds, wrap_up_seconds, missed_calls_before_away,"
            + " time_zone, business_hours, closures, closed_message, max_ring_seconds, queue_enabled, queue_max_wait_seconds,"
            + " queue_max_callers, queue_announce_every_seconds, queue_hold_music_url, queue_voicemail_key, queue_callback_key,"
            + " queue_retry_seconds, owner_first, owner_ring_seconds, sticky_days, service_level_seconds) values (:name, :sipUri, :voicemailPrompt,"
            + " :ringTimeoutSeconds, :wrapUpSeconds, :missedCallsBeforeAway, :timeZone, cast(:businessHours as jsonb),"
            + " cast(:closures as jsonb), :closedMessage, :maxRingSeconds, " + QUEUE_VALUES + ", :ownerFirst, :ownerRingSeconds, :stickyDays,"
            + " :serviceLevelSeconds) returning " + COLUMNS)
    Line insert(@BindMethods Line line);

    @SqlQuery("update lines set name = :name, sip_uri = :sipUri, voicemail_prompt = :voicemailPrompt,"
            + " ring_timeout_seconds = :ringTimeoutSeconds, wrap_up_seconds = :wrapUpSeconds,"
            + " missed_calls_before_away = :missedCallsBeforeAway, time_zone = :timeZone,"
            + " business_hours = cast(:businessHours as jsonb), closures = cast(:closures as jsonb),"
            + " closed_message = :closedMessage, max_ring_seconds = :maxRingSeconds,"
            + " (queue_enabled, queue_max_wait_seconds, queue_max_callers, queue_announce_every_seconds, queue_hold_music_url,"
            + " queue_voicemail_key, queue_callback_key, queue_retry_seconds) = (" + QUEUE_VALUES + "),"
            + " owner_first = :ownerFirst, owner_ring_seconds = :ownerRingSeconds, sticky_days = :stickyDays,"
            + " service_level_seconds = :serviceLevelSeconds"
            + " where id = :id returning " + COLUMNS)
    Line update(@BindMethods Line line);

    @SqlUpdate("update lines set deleted_at = now() where id = :id and deleted_at is null")
    int softDelete(@Bind("id") long id);

    @SqlQuery("""
            select t.position, t.ring_timeout_seconds, t.strategy, m.user_id
            from tiers t left join tier_members m on m.tier_id = t.id
            where t.line_id = :lineId order by t.position, m.position""")
    @RegisterConstructorMapper(TierRow.class)
    List<TierRow> tierRows(@Bind("lineId") long lineId);

    @SqlUpdate("delete from tiers where line_id = :lineId")
    void deleteTiers(@Bind("lineId") long lineId);

    @SqlQuery("insert into tiers (line_id, position, ring_timeout_seconds, strategy) values (:lineId, :position, :timeout, :strategy)"
            + " returning id")
    long insertTier(@Bind("lineId") long lineId, @Bind("position") int position, @Bind("timeout") int timeout,
                    @Bind("strategy") String strategy);

    @SqlBatch("insert into tier_members (tier_id, user_id, position) values (:tierId, :userId, :position)")
    void insertMembers(@Bind("tierId") long tierId, @Bind("userId") List<Long> userIds, @Bind("position") List<Integer> positions);
}
