package switchboard.rota;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import switchboard.db.SharedDaos;
import switchboard.notify.Notifier;
import switchboard.rota.solver.RotaWeek;

/**
 * Mails, through the outbox, each person whose turns a publication changed: their turns for the week and what
 * changed. The mail's id names the week, the publication and the person, so a repeated publication queues nothing
 * new and a changed one reaches only those it changes.
 */
public final class PublishNotices {
    private final Notifier notifier;
    private final RotaMails mails;

    public PublishNotices(Notifier notifier, String publicUrl) {
        this.notifier = notifier;
        this.mails = new RotaMails(publicUrl);
    }

    /** Returns who was mailed (people without an email address are changed all the same, and not mailed). */
    List<Long> published(Handle h, RotaWeek week, int publication, List<RotaTurn> before, List<RotaTurn> after) {
        Map<Long, Set<RotaTurn.Key>> old = Changes.byUser(before), now = Changes.byUser(after);
        Set<Long> users = new TreeSet<>(old.keySet());
        users.addAll(now.keySet());
        RotaDao dao = SharedDaos.of(h, RotaDao.class);
        Map<Long, RotaDao.LineRow> lines = dao.lines(Stream.concat(before.stream(), after.stream()).map(RotaTurn::lineId)
                .distinct().toArray(Long[]::new)).stream().collect(Collectors.toMap(RotaDao.LineRow::id, Function.identity()));
        Map<Long, RotaDao.PersonRow> people = dao.people(users.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(RotaDao.PersonRow::id, Function.identity()));
        List<Long> mailed = new ArrayList<>();
        for (long userId : users) {
            Set<RotaTurn.Key> had = old.getOrDefault(userId, Set.of()), has = now.getOrDefault(userId, Set.of());
            RotaDao.PersonRow person = people.get(userId);
            if (had.equals(has) || person == null || person.email() == null) continue;
            List<String> turns = after.stream().filter(t -> t.userIds().contains(userId)).map(t -> RotaMails.turn(t.key(),
                    lines.get(t.lineId()), t.userIds().stream().filter(u -> u != userId).map(u -> name(people, u)).toList())).toList();
            List<String> added = has.stream().filter(k -> !had.contains(k)).map(k -> RotaMails.turn(k, lines.get(k.lineId()), List.of())).toList();
            List<String> removed = had.stream().filter(k -> !has.contains(k)).map(k -> RotaMails.turn(k, lines.get(k.lineId()), List.of())).toList();
            notifier.mail(h, "rota-" + week + "-p" + publication + "-user-" + userId,
                    mails.turns(person, week, turns, added, removed, publication == 1));
            mailed.add(userId);
        }
        return mailed;
    }

    RotaMails mails() {
        return mails;
    }

    Notifier notifier() {
        return notifier;
    }

    private static String name(Map<Long, RotaDao.PersonRow> people, long userId) {
        RotaDao.PersonRow p = people.get(userId);
        return p == null ? "user " + userId : p.name();
    }
}
