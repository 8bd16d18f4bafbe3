package switchboard.provision;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What provisioning reads from and writes back to the directory. */
@RegisterConstructorMapper(ProvisioningDao.Row.class)
public interface ProvisioningDao {

    /** A line or an app: each is one SIP endpoint on Plivo. {@code kind} is "line" or "app". */
    record Row(String kind, long id, String name, String sipUri, String endpointId) {
        String tag() {
            return "switchboard-" + kind + "-" + id;
        }
    }

    @SqlQuery("""
            select 'line' as kind, id, name, sip_uri, plivo_endpoint_id as endpoint_id
            from lines where deleted_at is null
            union all
            select 'app', a.id, u.name || ' ' || a.label, a.sip_uri, a.plivo_endpoint_id
            from apps a join users u on u.id = a.user_id
            where a.deleted_at is null
            order by kind desc, id""")
    List<Row> rows();

    @SqlUpdate("update lines set plivo_endpoint_id = :endpointId, sip_uri = :sipUri where id = :id and deleted_at is null")
    int storeLineEndpoint(@Bind("id") long id, @Bind("endpointId") String endpointId, @Bind("sipUri") String sipUri);

    @SqlUpdate("update apps set plivo_endpoint_id = :endpointId, sip_uri = :sipUri where id = :id and deleted_at is null")
    int storeAppEndpoint(@Bind("id") long id, @Bind("endpointId") String endpointId, @Bind("sipUri") String sipUri);

    @SqlQuery("select app_id from plivo_applications where auth_id = :authId")
    Optional<String> applicationId(@Bind("authId") String authId);

    @SqlUpdate("""
            insert into plivo_applications (auth_id, app_id) values (:authId, :appId)
            on conflict (auth_id) do update set app_id = excluded.app_id, updated_at = now()""")
    void storeApplication(@Bind("authId") String authId, @Bind("appId") String appId);

    default void storeEndpoint(Row row, String endpointId, String sipUri) {
        if (row.kind().equals("line")) storeLineEndpoint(row.id(), endpointId, sipUri);
        else storeAppEndpoint(row.id(), endpointId, sipUri);
    }
}
