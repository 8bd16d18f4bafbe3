package switchboard.menus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.directory.LineDao;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;

/**
 * Lines' menus, changed whole (PUT) or removed. A menu may send callers to other lines, whose menus may send them on;
 * what is refused is a menu that could only loop: an option or default pointing back at its own line, or defaults
 * that lead back to it (a caller who presses nothing would go round for ever).
 */
public final class Menus {
    private final Jdbi jdbi;

    public Menus(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Menu get(long lineId) {
        return jdbi.inTransaction(h -> {
            requireLine(h, lineId);
            return load(SharedDaos.of(h, MenuDao.class), lineId).orElseThrow(() -> new NotFound("line " + lineId + " has no menu"));
        });
    }

    /** Replaces the line's menu (options given in order); every problem is one 400. */
    public Menu put(Menu draft) {
        long lineId = draft.lineId();
        return jdbi.inTransaction(h -> {
            SharedDaos.of(h, LineDao.class).lock(lineId).orElseThrow(() -> NotFound.of("line", lineId));
            MenuChangeDao dao = SharedDaos.of(h, MenuChangeDao.class);
            dao.serialiseChanges();
            check(dao, draft);
            List<Menu.Option> options = draft.options();
            dao.upsert(lineId, draft.prompt(), draft.promptUrl(), draft.timeoutSeconds(), draft.retries(),
                    draft.defaultTarget().kind(), draft.defaultTarget().lineId());
            dao.deleteOptions(lineId);
            dao.insertOptions(lineId, options.stream().map(Menu.Option::key).toList(),
                    IntStream.rangeClosed(1, options.size()).boxed().toList(),
                    options.stream().map(o -> o.target().kind()).toList(),
                    options.stream().map(o -> o.target().lineId()).toList());
            return load(SharedDaos.of(h, MenuDao.class), lineId).orElseThrow();
        });
    }

    public void delete(long lineId) {
        jdbi.useTransaction(h -> {
            requireLine(h, lineId);
            MenuChangeDao dao = SharedDaos.of(h, MenuChangeDao.class);
            dao.serialiseChanges();
            dao.deleteOptions(lineId);
            if (dao.delete(lineId) == 0) throw new NotFound("line " + lineId + " has no menu");
        });
    }

    /** The line's menu as stored, if it has one. */
    static Optional<Menu> load(MenuDao dao, long lineId) {
        List<MenuDao.MenuRow> rows = dao.menu(lineId);
        if (rows.isEmpty()) return Optional.empty();
        MenuDao.MenuRow m = rows.get(0);
        List<Menu.Option> options = rows.stream().filter(r -> r.key() != null)
                .map(r -> new Menu.Option(r.key(), new Menu.Target(r.target(), r.targetLineId()))).toList();
        return Optional.of(new Menu(m.lineId(), m.prompt(), m.promptUrl(), m.timeoutSeconds(), m.retries(), options,
                new Menu.Target(m.defaultTarget(), m.defaultLineId()), m.updatedAt()));
    }

    private static void check(MenuChangeDao dao, Menu draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        Long[] named = targets(draft).stream().distinct().toArray(Long[]::new);
        Set<Long> live = new HashSet<>(named.length == 0 ? List.of() : dao.liveLines(named));
        for (int i = 0; i < draft.options().size(); i++) {
            Menu.Option o = draft.options().get(i);
            problem(problems, "options[" + i + "].lineId", o.target(), draft, live, "pressing " + o.key());
        }
        problem(problems, "defaultTarget", draft.defaultTarget(), draft, live, "the default");
        if (!problems.containsKey("defaultTarget") && draft.defaultTarget().isLine()) {
            defaultLoop(dao, draft).ifPresent(path -> problems.put("defaultTarget",
                    "a caller who presses nothing would go round for ever: " + path + "; end it at tiers or voicemail"));
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
    }

    private static void problem(Map<String, String> problems, String field, Menu.Target target, Menu draft, Set<Long> live,
                                String what) {
        if (!target.isLine()) return;
        if (target.lineId() == draft.lineId()) {
            problems.put(field, what + " could only play this menu again: use \"tiers\" to ring this line's tiers"
                    + " (and * repeats the menu)");
        } else if (!live.contains(target.lineId())) {
            problems.put(field, "no line " + target.lineId());
        }
    }

    /** Follows the defaults from this menu's default line; the path (line ids) when they come back to this line. */
    private static Optional<String> defaultLoop(MenuChangeDao dao, Menu draft) {
        Map<Long, MenuChangeDao.DefaultEdge> edges = new LinkedHashMap<>();
        dao.defaults().forEach(e -> edges.put(e.lineId(), e));
        List<String> path = new ArrayList<>(List.of("line " + draft.lineId()));
        Set<Long> seen = new HashSet<>(Set.of(draft.lineId()));
        Long at = draft.defaultTarget().lineId();
        while (at != null) {
            path.add("line " + at);
            if (at == draft.lineId()) return Optional.of(String.join(" -> ", path));
            if (!seen.add(at)) return Optional.empty(); // a loop elsewhere, refused when it was made
            MenuChangeDao.DefaultEdge edge = edges.get(at);
            at = edge == null || !Objects.equals(edge.defaultTarget(), Menu.Target.LINE) ? null : edge.defaultLineId();
        }
        return Optional.empty();
    }

    private static List<Long> targets(Menu draft) {
        List<Long> ids = new ArrayList<>();
        draft.options().forEach(o -> { if (o.target().isLine()) ids.add(o.target().lineId()); });
        if (draft.defaultTarget().isLine()) ids.add(draft.defaultTarget().lineId());
        return ids;
    }

    private static void requireLine(Handle h, long lineId) {
        SharedDaos.of(h, LineDao.class).find(lineId).orElseThrow(() -> NotFound.of("line", lineId));
    }
}
