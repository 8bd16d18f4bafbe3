package switchboard.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;

/** The queues now: per line, who waits in order (and to whom each is being offered), how many, the longest wait. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QueueView(List<LineQueue> lines) {

    public record LineQueue(long lineId, String name, boolean enabled, int maxCallers, int waiting, Integer longestWaitSeconds,
                            List<Caller> callers) {}

    public record Caller(long callId, String callUuid, String from, int position, int priority, int waitedSeconds,
                         List<User> offeredTo) {}

    public record User(long userId, String name) {}

    /** One snapshot: the three reads share a transaction. */
    static QueueView now(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            QueueViewDao dao = SharedDaos.of(h, QueueViewDao.class);
            Map<Long, List<User>> offered = dao.offers().stream().collect(Collectors.groupingBy(QueueViewDao.OfferRow::callId,
                    Collectors.mapping(o -> new User(o.userId(), o.name()), Collectors.toList())));
            Map<Long, List<Caller>> callers = dao.callers().stream().collect(Collectors.groupingBy(QueueViewDao.CallerRow::lineId,
                    Collectors.mapping(c -> new Caller(c.callId(), c.callUuid(), c.fromUri(), c.position(), c.priority(),
                            c.waitedSeconds(), offered.getOrDefault(c.callId(), List.of())), Collectors.toList())));
            return new QueueView(dao.lines().stream().map(l -> {
                List<Caller> waiting = callers.getOrDefault(l.id(), List.of());
                Integer longest = waiting.stream().map(Caller::waitedSeconds).max(Integer::compare).orElse(null);
                return new LineQueue(l.id(), l.name(), l.enabled(), l.maxCallers(), waiting.size(), longest, waiting);
            }).toList());
        });
    }
}
