package switchboard.calls;

import java.util.ArrayList;
import java.util.List;
import switchboard.Json;
import switchboard.routing.LineRouting;

/** Collects a webhook's timeline entries and writes them in one batch. */
final class Timeline {
    private final long callId;
    private final List<CallDao.Event> events = new ArrayList<>();

    Timeline(long callId) {
        this.callId = callId;
    }

    void add(String type, String dedupeKey, Object... detail) {
        events.add(new CallDao.Event(callId, type, Json.object(detail), dedupeKey));
    }

    void save(CallDao calls) {
        if (!events.isEmpty()) calls.addEvents(events);
    }

    static List<Object> users(LineRouting.Tier tier) {
        List<Object> users = new ArrayList<>();
        for (LineRouting.Member m : tier.members()) {
            users.add(Json.map("userId", m.userId(), "name", m.name(),
                    "apps", m.apps().stream().map(LineRouting.App::sipUri).toList()));
        }
        return users;
    }
}
