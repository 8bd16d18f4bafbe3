package switchboard.contacts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the call flow asks of contacts: who a number is, a call's caller and owner, who last answered them. */
@RegisterConstructorMapper(CallerDao.Known.class)
@RegisterConstructorMapper(CallerDao.CallCaller.class)
interface CallerDao {
    record Known(long id, String name, String company) {}

    /** A call's caller: the contact (null: none), the number, and the contact's live owner (null: none). */
    record CallCaller(Long contactId, String callerNumber, Long ownerUserId) {}

    /** An index lookup (the numbers' primary key), whatever the number of contacts. */
    @SqlQuery("""
            select c.id, c.name, c.company from contact_numbers n join contacts c on c.id = n.contact_id
            where n.number = :number and c.deleted_at is null""")
    Optional<Known> byNumber(@Bind("number") String number);

    @SqlQuery("""
            select c.contact_id, c.caller_number, u.id as owner_user_id
            from calls c
            left join contacts ct on ct.id = c.contact_id and ct.deleted_at is null
            left join users u on u.id = ct.owner_user_id and u.deleted_at is null
            where c.id = :callId""")
    Optional<CallCaller> caller(@Bind("callId") long callId);

    /**
     * Who last answered this caller's calls through the line since then: {@code by} is contact_id (a contact, any of its
     * numbers) or caller_number (a caller no contact knows); an index lookup on either (by, answered time).
     */
    @SqlQuery("""
            select c.answered_user_id from calls c join users u on u.id = c.answered_user_id and u.deleted_at is null
            where c.<by> = :caller and c.answered_user_id is not null and c.answered_at >= :since
              and coalesce(c.routed_line_id, c.line_id) = :lineId and c.id <> :callId
            order by c.answered_at desc limit 1""")
    Optional<Long> lastAnswerer(@Define("by") String by, @Bind("caller") Object caller, @Bind("lineId") long lineId,
                                @Bind("since") Instant since, @Bind("callId") long callId);

    /** Whether the call's caller is a VIP contact now. */
    @SqlQuery("""
            select coalesce(bool_or(ct.vip), false) from calls c
            join contacts ct on ct.id = c.contact_id and ct.deleted_at is null where c.id = :callId""")
    boolean vip(@Bind("callId") long callId);
}
