package switchboard.calls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import switchboard.json.Json;
import switchboard.routing.LineRouting;

/** Collects a webhook's timeline entries and writes them in one batch. */
public final class Timeline {
    private final Handle handle;
    private final CallDao calls;
    private final CallObserver observer;
    private final long callId;
    private final List<TimelineEntry> entries = new ArrayList<>();

    public Timeline(Handle handle, CallDao calls, CallObserver observer, long callId) {
        this.handle = handle;
        this.calls = calls;
        this.observer = observer;
        this.callId = callId;
    }

    public void add(EntryType type, String dedupeKey, Object... detail) {
        entries.add(new TimelineEntry(callId, type, Json.object(detail), dedupeKey));
    }

    /** Writes the entries and tells the observer which were new (a repeated webhook's are not). */
    public void save() {
        if (!entries.isEmpty()) write(null);
    }

    /** Stores the call's step with the entries, in one statement. */
    void saveWith(Step step) {
        if (entries.isEmpty()) calls.addStep(callId, step);
        else write(step);
    }

    private void write(Step step) {
        int n = entries.size();
        String[] types = new String[n], details = new String[n], keys = new String[n];
        for (int i = 0; i < n; i++) {
            types[i] = entries.get(i).type().wire();
            details[i] = entries.get(i).detail();
            keys[i] = entries.get(i).dedupeKey();
        }
        List<String> written = step == null ? calls.addEvents(callId, types, details, keys)
                : calls.addStepAndEvents(callId, step, types, details, keys);
        Set<String> inserted = new HashSet<>(written);
        List<TimelineEntry> fresh = entries.stream().filter(e -> inserted.contains(e.dedupeKey())).toList();
        if (!fresh.isEmpty()) observer.recorded(handle, callId, fresh);
    }

    static List<Object> users(List<LineRouting.Member> members) {
        List<Object> users = new ArrayList<>();
        for (LineRouting.Member m : members) {
            users.add(Json.map("userId", m.userId(), "name", m.name(),
                    "apps", m.apps().stream().map(LineRouting.MemberApp::sipUri).toList()));
        }
        return users;
    }
}
