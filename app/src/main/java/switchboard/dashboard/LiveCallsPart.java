package switchboard.dashboard;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.access.Principal;
import switchboard.calls.CallerLabel;
import switchboard.db.SharedDaos;
import switchboard.queue.QueueView;
import switchboard.web.Views;

/**
 * The board's calls live now: ringing (who is rung, on which apps), waiting in a queue (its position, from the queue's
 * own view), talking (with whom, for how long), voicemail.
 */
public final class LiveCallsPart implements BoardPart {
    private final Jdbi jdbi;
    private final Supplier<QueueView> queues;

    /** queuePosition: the caller's place while waiting in a queue, else null. */
    public record LiveCall(long id, String caller, String line, String status, Instant startedAt, Instant answeredAt,
                           String answeredBy, List<String> ringing, Integer queuePosition) {}

    public LiveCallsPart(Jdbi jdbi, Supplier<QueueView> queues) {
        this.jdbi = jdbi;
        this.queues = queues;
    }

    @Override
    public String id() {
        return "calls";
    }

    @Override
    public Set<String> topics() {
        return Set.of("calls", "queue");
    }

    @Override
    public List<LiveCall> load() {
        List<BoardDao.LiveCall> calls = SharedDaos.with(jdbi, BoardDao.class, BoardDao::liveCalls);
        if (calls.isEmpty()) return List.of();
        Map<Long, Integer> positions = calls.stream().anyMatch(c -> c.status().equals("waiting")) ? positions() : Map.of();
        return SharedDaos.with(jdbi, BoardDao.class, dao -> {
            Map<Long, List<String>> rung = dao.ringing(calls.stream().map(BoardDao.LiveCall::id).toList()).stream()
                    .collect(Collectors.groupingBy(BoardDao.Ringing::callId, Collectors.mapping(
                            r -> r.apps().isEmpty() ? r.name() : r.name() + " (" + r.apps() + ")", Collectors.toList())));
            return calls.stream().map(c -> new LiveCall(c.id(), CallerLabel.display(c.fromUri(), c.callerName()), c.lineName(),
                    c.status(), c.startedAt(), c.answeredAt(), answeredBy(c), rung.getOrDefault(c.id(), List.of()),
                    positions.get(c.id()))).toList();
        });
    }

    private Map<Long, Integer> positions() {
        return queues.get().lines().stream().flatMap(l -> l.callers().stream())
                .collect(Collectors.toMap(QueueView.Caller::callId, QueueView.Caller::position, (a, b) -> a));
    }

    private static String answeredBy(BoardDao.LiveCall c) {
        if (c.answeredUserName() == null) return null;
        return c.answeredAppLabel() == null ? c.answeredUserName() : c.answeredUserName() + " on " + c.answeredAppLabel();
    }

    @Override
    public Content render(Object data, Principal viewer) {
        return Views.content("board/calls.jte", Map.of("calls", data));
    }
}
