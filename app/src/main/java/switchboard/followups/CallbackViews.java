package switchboard.followups;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import switchboard.db.SharedDaos;

/** Builds API views from rows: the calls and notes of a whole page in two queries. */
final class CallbackViews {
    private CallbackViews() {}

    static List<Callback> of(Handle handle, List<CallbackDao.Row> rows) {
        if (rows.isEmpty()) return List.of();
        List<Long> ids = rows.stream().map(CallbackDao.Row::id).toList();
        Map<Long, List<CallbackDao.CallRef>> calls = SharedDaos.of(handle, CallbackDao.class).calls(ids).stream()
                .collect(Collectors.groupingBy(CallbackDao.CallRef::callbackId));
        Map<Long, List<Callback.Note>> notes = SharedDaos.of(handle, NoteDao.class).of(ids).stream()
                .collect(Collectors.groupingBy(Callback.Note::callbackId));
        return rows.stream().map(r -> Callback.of(r, calls.getOrDefault(r.id(), List.of()),
                notes.getOrDefault(r.id(), List.of()))).toList();
    }

    static Callback of(Handle handle, CallbackDao.Row row) {
        return of(handle, List.of(row)).get(0);
    }
}
