package switchboard.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Contacts and their numbers (a number belongs to at most one live contact: the numbers' primary key). */
@RegisterConstructorMapper(ContactDao.Row.class)
@RegisterConstructorMapper(ContactDao.NumberRow.class)
@RegisterConstructorMapper(ContactDao.Owner.class)
interface ContactDao {
    /** An owner of a deleted user reads as no owner. */
    String COLUMNS = """
            c.id, c.name, c.company, c.email, c.notes,
            case when u.deleted_at is null then c.owner_user_id end as owner_user_id,
            c.vip, array_to_string(c.tags, chr(31)) as tags, c.created_at, c.updated_at
            """;
    String FROM = " from contacts c left join users u on u.id = c.owner_user_id ";

    record Row(long id, String name, String company, String email, String notes, Long ownerUserId, boolean vip,
               String tags, Instant createdAt, Instant updatedAt) {}

    record NumberRow(long contactId, String number) {}

    /** Who holds a number now. */
    record Owner(String number, long contactId, String name) {}

    /** Filters: a number key, an owner, VIPs only (null: any). */
    record Filter(String number, Long ownerUserId, Boolean vip) {}

    @SqlQuery("select " + COLUMNS + FROM + """
            where c.deleted_at is null and c.id > :after
              and (cast(:number as text) is null or c.id = (select n.contact_id from contact_numbers n where n.number = :number))
              and (cast(:ownerUserId as bigint) is null or c.owner_user_id = :ownerUserId)
              and (cast(:vip as boolean) is null or c.vip = :vip)
            order by c.id limit :limit""")
    List<Row> page(@BindMethods Filter filter, @Bind("after") long afterId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + FROM + "where c.id = :id and c.deleted_at is null")
    Optional<Row> find(@Bind("id") long id);

    @SqlQuery("select id from contacts where id = :id and deleted_at is null for update")
    Optional<Long> lock(@Bind("id") long id);

    @SqlQuery("select contact_id, number from contact_numbers where contact_id = any(:ids) order by contact_id, position")
    List<NumberRow> numbers(@Bind("ids") Long[] contactIds);

    @SqlQuery("""
            select n.number, c.id as contact_id, c.name from contact_numbers n join contacts c on c.id = n.contact_id
            where n.number = any(:numbers)""")
    List<Owner> holders(@Bind("numbers") String[] numbers);

    @SqlQuery("""
            insert into contacts (name, company, email, notes, owner_user_id, vip, tags)
            values (:name, :company, :email, :notes, :ownerUserId, :vip, :tags) returning id""")
    long insert(@BindMethods Contact.Draft draft, @Bind("tags") String[] tags);

    @SqlUpdate("""
            update contacts set name = :name, company = :company, email = :email, notes = :notes,
                   owner_user_id = :ownerUserId, vip = :vip, tags = :tags, updated_at = now()
            where id = :id""")
    void update(@Bind("id") long id, @BindMethods Contact.Draft draft, @Bind("tags") String[] tags);

    @SqlUpdate("update contacts set deleted_at = now() where id = :id and deleted_at is null")
    int softDelete(@Bind("id") long id);

    @SqlUpdate("delete from contact_numbers where contact_id = :id")
    void deleteNumbers(@Bind("id") long contactId);

    @SqlBatch("insert into contact_numbers (number, contact_id, position) values (:number, :contactId, :position)")
    void insertNumbers(@Bind("contactId") long contactId, @Bind("number") List<String> numbers,
                       @Bind("position") List<Integer> positions);

    /** Locks the user, so it cannot be deleted before the contact pointing at it commits. */
    @SqlQuery("select id from users where id = :id and deleted_at is null for key share")
    Optional<Long> holdUser(@Bind("id") long userId);

    @SqlQuery("select id from users where lower(email) = lower(:email) and deleted_at is null")
    Optional<Long> userByEmail(@Bind("email") String email);
}
