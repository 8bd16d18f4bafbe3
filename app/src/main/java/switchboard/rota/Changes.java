package switchboard.rota;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import switchboard.json.Json;

/** What changed between two versions of a rota, turn by turn: who was added and who removed (for the change log). */
final class Changes {
    private Changes() {}

    static List<Map<String, Object>> between(List<RotaTurn> before, List<RotaTurn> after) {
        Map<RotaTurn.Key, List<Long>> old = new LinkedHashMap<>();
        before.forEach(t -> old.put(t.key(), t.userIds()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (RotaTurn t : after) {
            List<Long> was = old.getOrDefault(t.key(), List.of());
            List<Long> added = t.userIds().stream().filter(u -> !was.contains(u)).toList();
            List<Long> removed = was.stream().filter(u -> !t.userIds().contains(u)).toList();
            if (added.isEmpty() && removed.isEmpty()) continue;
            var a = RotaJson.assignment(t);
            changes.add(Json.map("lineId", a.lineId(), "day", a.day(), "date", a.date(), "start", a.start(), "end", a.end(),
                    "added", added, "removed", removed));
        }
        return changes;
    }

    /** The turns each user has in a rota. */
    static Map<Long, Set<RotaTurn.Key>> byUser(List<RotaTurn> rota) {
        Map<Long, Set<RotaTurn.Key>> turns = new LinkedHashMap<>();
        for (RotaTurn t : rota) {
            for (long u : t.userIds()) turns.computeIfAbsent(u, id -> new TreeSet<>(KEY_ORDER)).add(t.key());
        }
        return turns;
    }

    static final java.util.Comparator<RotaTurn.Key> KEY_ORDER = java.util.Comparator.comparing(RotaTurn.Key::date)
            .thenComparing(RotaTurn.Key::start).thenComparing(RotaTurn.Key::end).thenComparingLong(RotaTurn.Key::lineId);
}
