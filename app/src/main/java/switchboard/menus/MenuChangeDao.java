package switchboard.menus;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Menu changes through the API. */
@RegisterConstructorMapper(MenuChangeDao.DefaultEdge.class)
interface MenuChangeDao {
    /** Where a live line's menu sends a caller who presses nothing. */
    record DefaultEdge(long lineId, String defaultTarget, Long defaultLineId) {}

    /** Menu changes take turns (readers do not wait): the loop check sees every other menu as it will be. */
    @SqlUpdate("lock table menus in share row exclusive mode")
    void serialiseChanges();

    @SqlQuery("""
            select m.line_id, m.default_target, m.default_line_id
            from menus m join lines l on l.id = m.line_id and l.deleted_at is null""")
    List<DefaultEdge> defaults();

    @SqlQuery("select id from lines where id = any(:ids) and deleted_at is null")
    List<Long> liveLines(@Bind("ids") Long[] ids);

    @SqlUpdate("""
            insert into menus (line_id, prompt, prompt_url, timeout_seconds, retries, default_target, default_line_id)
            values (:lineId, :prompt, :promptUrl, :timeoutSeconds, :retries, :defaultTarget, :defaultLineId)
            on conflict (line_id) do update set prompt = excluded.prompt, prompt_url = excluded.prompt_url,
                timeout_seconds = excluded.timeout_seconds, retries = excluded.retries,
                default_target = excluded.default_target, default_line_id = excluded.default_line_id, updated_at = now()""")
    void upsert(@Bind("lineId") long lineId, @Bind("prompt") String prompt, @Bind("promptUrl") String promptUrl,
                @Bind("timeoutSeconds") int timeoutSeconds, @Bind("retries") int retries,
                @Bind("defaultTarget") String defaultTarget, @Bind("defaultLineId") Long defaultLineId);

    @SqlUpdate("delete from menu_options where line_id = :lineId")
    void deleteOptions(@Bind("lineId") long lineId);

    @SqlBatch("""
            insert into menu_options (line_id, key, position, target, target_line_id)
            values (:lineId, :key, :position, :target, :targetLineId)""")
    void insertOptions(@Bind("lineId") long lineId, @Bind("key") List<String> keys, @Bind("position") List<Integer> positions,
                       @Bind("target") List<String> targets, @Bind("targetLineId") List<Long> targetLineIds);

    @SqlUpdate("delete from menus where line_id = :lineId")
    int delete(@Bind("lineId") long lineId);
}
