package switchboard.directory;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SipApp.class)
public interface AppDao {
    String COLUMNS = "id, user_id, label, sip_uri";

    @SqlQuery("select " + COLUMNS + " from apps where user_id = :userId and deleted_at is null and id > :after"
            + " order by id limit :limit")
    List<SipApp> pageOf(@Bind("userId") long userId, @Bind("after") long afterId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from apps where id = :id and deleted_at is null")
    Optional<SipApp> find(@Bind("id") long id);

    @SqlQuery("insert into apps (user_id, label, sip_uri) values (:userId, :label, :sipUri) returning " + COLUMNS)
    SipApp insert(@BindMethods SipApp app);

    @SqlQuery("update apps set label = :label, sip_uri = :sipUri where id = :id and deleted_at is null returning " + COLUMNS)
    Optional<SipApp> update(@BindMethods SipApp app);

    @SqlUpdate("update apps set deleted_at = now() where id = :id and deleted_at is null")
    int softDelete(@Bind("id") long id);
}
