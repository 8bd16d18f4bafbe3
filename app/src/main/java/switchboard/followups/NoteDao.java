package switchboard.followups;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A callback's notes: appended, never changed (the database refuses updates and deletes). */
@RegisterConstructorMapper(Callback.Note.class)
public interface NoteDao {
    String COLUMNS = "id, callback_id, author_user_id, author_name, text, created_at";

    /** The author is the key's user by name when it has one, else the key's own name. */
    @SqlQuery("""
            insert into callback_notes (callback_id, author_user_id, author_name, text)
            values (:callbackId, :userId, coalesce((select name from users where id = :userId), :keyName), :text)
            returning\s""" + COLUMNS)
    Callback.Note add(@Bind("callbackId") long callbackId, @Bind("userId") Long authorUserId,
                      @Bind("keyName") String keyName, @Bind("text") String text);

    @SqlQuery("select " + COLUMNS + " from callback_notes where callback_id in (<ids>) order by id")
    List<Callback.Note> of(@BindList("ids") List<Long> callbackIds);
}
