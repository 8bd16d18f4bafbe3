package switchboard.menus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What the call flow reads and writes of menus (small: it is attached on every call's answer). */
@RegisterConstructorMapper(MenuDao.MenuRow.class)
@RegisterConstructorMapper(MenuDao.StepState.class)
interface MenuDao {
    /** One row per option (key null: a menu without options), in the options' order. */
    record MenuRow(long lineId, String prompt, String promptUrl, int timeoutSeconds, int retries, String defaultTarget,
                   Long defaultLineId, Instant updatedAt, String key, String target, Long targetLineId) {}

    /** A menu step of a call: which line's menu, the call's nth menu, and the visit's failures and prompts so far. */
    record StepState(long lineId, int visit, int failures, int prompts) {}

    @SqlQuery("""
            select m.line_id, m.prompt, m.prompt_url, m.timeout_seconds, m.retries, m.default_target, m.default_line_id,
                   m.updated_at, o.key, o.target, o.target_line_id
            from menus m left join menu_options o on o.line_id = m.line_id
            where m.line_id = :lineId order by o.position""")
    List<MenuRow> menu(@Bind("lineId") long lineId);

    @SqlUpdate("""
            insert into call_menu_steps (call_id, step, line_id, visit, failures, prompts)
            values (:callId, :step, :lineId, :visit, :failures, :prompts)""")
    void addStep(@Bind("callId") long callId, @Bind("step") int step, @Bind("lineId") long lineId, @Bind("visit") int visit,
                 @Bind("failures") int failures, @Bind("prompts") int prompts);

    @SqlQuery("select line_id, visit, failures, prompts from call_menu_steps where call_id = :callId and step = :step")
    Optional<StepState> stepState(@Bind("callId") long callId, @Bind("step") int step);

    /** How many menus the call has entered so far. */
    @SqlQuery("select coalesce(max(visit), 0) from call_menu_steps where call_id = :callId")
    int visits(@Bind("callId") long callId);
}
