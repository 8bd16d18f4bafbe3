package switchboard.calls;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import switchboard.Json;
import switchboard.routing.LineRouting;

/** Collects a webhook's timeline entries and writes them in one batch. */
final class Timeline {
    private final Handle handle;
    private final CallDao calls;
    private final CallObserver observer;
    private final long callId;
    private final List<CallDao.Event> events = new ArrayList<>();

    Timeline(Handle handle, CallDao calls, CallObserver observer, long callId) {
        this.handle = handle;
        this.calls = calls;
        this.observer = observer;
        this.callId = callId;
    }

    void add(String type, String dedupeKey, Object... detail) {
        events.add(new CallDao.Event(callId, type, Json.object(detail), dedupeKey));
    }

    /** Writes the entries and tells the observer which were new (a repeated webhook's are not). */
    void save() {
        if (events.isEmpty()) return;
        int[] inserted = calls.addEvents(events);
        List<CallDao.Event> fresh = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) if (inserted[i] > 0) fresh.add(events.get(i));
        if (!fresh.isEmpty()) observer.recorded(handle, callId, fresh);
    }

    static List<Object> users(List<LineRouting.Member> members) {
        List<Object> users = new ArrayList<>();
        for (LineRouting.Member m : members) {
            users.add(Json.map("userId", m.userId(), "name", m.name(),
                    "apps", m.apps().stream().map(LineRouting.App::sipUri).toList()));
        }
        return users;
    }
}
