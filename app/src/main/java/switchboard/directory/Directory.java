package switchboard.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;

/** Changes to users, apps, lines and tiers: each one transaction. No cache: the next call sees them. */
public final class Directory {
    private static final int NAMES_MAX = 1000;
    private final Jdbi jdbi;

    public Directory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<User> users(long afterId, int limit) {
        return SharedDaos.with(jdbi, UserDao.class, dao -> dao.page(afterId, limit));
    }

    public User user(long id) {
        return SharedDaos.with(jdbi, UserDao.class, dao -> dao.find(id)).orElseThrow(() -> missing("user", id));
    }

    public User createUser(User draft) {
        return SharedDaos.with(jdbi, UserDao.class, dao -> dao.insert(draft));
    }

    public User updateUser(long id, UnaryOperator<User> change) {
        return jdbi.inTransaction(h -> {
            UserDao dao = SharedDaos.of(h, UserDao.class);
            return dao.update(change.apply(dao.lock(id).orElseThrow(() -> missing("user", id))));
        });
    }

    public User setStatus(long id, String status, String reason) {
        return jdbi.inTransaction(h -> {
            UserDao dao = SharedDaos.of(h, UserDao.class);
            dao.lock(id).orElseThrow(() -> missing("user", id));
            return dao.setStatus(id, status, reason);
        });
    }

    /** Soft delete: past calls keep showing who answered. The user leaves every tier; their apps go too. */
    public void deleteUser(long id) {
        jdbi.useTransaction(h -> {
            UserDao dao = SharedDaos.of(h, UserDao.class);
            if (dao.softDelete(id) == 0) throw missing("user", id);
            dao.softDeleteApps(id);
            dao.removeFromTiers(id);
        });
    }

    public List<SipApp> apps(long userId, long afterId, int limit) {
        user(userId);
        return SharedDaos.with(jdbi, AppDao.class, dao -> dao.pageOf(userId, afterId, limit));
    }

    public SipApp app(long id) {
        return SharedDaos.with(jdbi, AppDao.class, dao -> dao.find(id)).orElseThrow(() -> missing("app", id));
    }

    public SipApp createApp(long userId, String label, String sipUri) {
        return jdbi.inTransaction(h -> {
            SharedDaos.of(h, UserDao.class).lock(userId).orElseThrow(() -> missing("user", userId));
            return SharedDaos.of(h, AppDao.class).insert(new SipApp(0, userId, label, sipUri));
        });
    }

    public SipApp updateApp(long id, UnaryOperator<SipApp> change) {
        return SharedDaos.with(jdbi, AppDao.class, dao -> dao.update(change.apply(app(id))))
                .orElseThrow(() -> missing("app", id));
    }

    public void deleteApp(long id) {
        if (SharedDaos.with(jdbi, AppDao.class, dao -> dao.softDelete(id)) == 0) throw missing("app", id);
    }

    public List<Line> lines(long afterId, int limit) {
        return SharedDaos.with(jdbi, LineDao.class, dao -> dao.page(afterId, limit));
    }

    /** Every live line's name by id, for pages that show ids as names (a small company's lines: one page of 1,000). */
    public Map<Long, String> lineNames() {
        return lines(0, NAMES_MAX).stream().collect(Collectors.toMap(Line::id, Line::name));
    }

    /** Every live user's name by id, as {@link #lineNames()}. */
    public Map<Long, String> userNames() {
        return users(0, NAMES_MAX).stream().collect(Collectors.toMap(User::id, User::name));
    }

    public Line line(long id) {
        return SharedDaos.with(jdbi, LineDao.class, dao -> dao.find(id)).orElseThrow(() -> missing("line", id));
    }

    public Line createLine(Line draft) {
        return SharedDaos.with(jdbi, LineDao.class, dao -> dao.insert(draft));
    }

    public Line updateLine(long id, UnaryOperator<Line> change) {
        return jdbi.inTransaction(h -> {
            LineDao dao = SharedDaos.of(h, LineDao.class);
            return dao.update(change.apply(dao.lock(id).orElseThrow(() -> missing("line", id))));
        });
    }

    /** Soft delete: past calls keep their line. Its tiers go. */
    public void deleteLine(long id) {
        jdbi.useTransaction(h -> {
            LineDao dao = SharedDaos.of(h, LineDao.class);
            if (dao.softDelete(id) == 0) throw missing("line", id);
            dao.deleteTiers(id);
        });
    }

    public List<Tier> tiers(long lineId) {
        return jdbi.inTransaction(h -> {
            LineDao dao = SharedDaos.of(h, LineDao.class);
            dao.find(lineId).orElseThrow(() -> missing("line", lineId));
            return fold(dao.tierRows(lineId));
        });
    }

    /** Replaces the whole ordered list at once; positions are 1..n in the order given. */
    public List<Tier> replaceTiers(long lineId, List<Tier> tiers) {
        return jdbi.inTransaction(h -> {
            LineDao lines = SharedDaos.of(h, LineDao.class);
            lines.lock(lineId).orElseThrow(() -> missing("line", lineId)); // concurrent replacements serialise
            List<Long> named = tiers.stream().flatMap(t -> t.userIds().stream()).distinct().toList();
            var known = new LinkedHashSet<>(named.isEmpty() ? List.of() : SharedDaos.of(h, UserDao.class).existing(named));
            Map<String, String> errors = new LinkedHashMap<>();
            for (int t = 0; t < tiers.size(); t++) {
                List<Long> ids = tiers.get(t).userIds();
                for (int u = 0; u < ids.size(); u++) {
                    if (!known.contains(ids.get(u))) errors.put("tiers[" + t + "].userIds[" + u + "]", "no user " + ids.get(u));
                }
            }
            if (!errors.isEmpty()) throw new InvalidInput(errors);
            lines.deleteTiers(lineId);
            for (int t = 0; t < tiers.size(); t++) {
                Tier tier = tiers.get(t);
                long tierId = lines.insertTier(lineId, t + 1, tier.ringTimeoutSeconds(), tier.strategy());
                List<Integer> positions = IntStream.rangeClosed(1, tier.userIds().size()).boxed().toList();
                lines.insertMembers(tierId, tier.userIds(), positions);
            }
            return fold(lines.tierRows(lineId));
        });
    }

    private static List<Tier> fold(List<LineDao.TierRow> rows) {
        Map<Integer, Tier> tiers = new LinkedHashMap<>();
        for (LineDao.TierRow row : rows) {
            Tier tier = tiers.computeIfAbsent(row.position(),
                    p -> new Tier(p, new ArrayList<>(), row.ringTimeoutSeconds(), row.strategy()));
            if (row.userId() != null) tier.userIds().add(row.userId());
        }
        return tiers.values().stream()
                .map(t -> new Tier(t.position(), List.copyOf(t.userIds()), t.ringTimeoutSeconds(), t.strategy())).toList();
    }

    private static NotFound missing(String what, long id) {
        return NotFound.of(what, id);
    }
}
