package switchboard.dashboard;

import gg.jte.Content;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import switchboard.access.Principal;
import switchboard.calls.CallerLabel;
import switchboard.queue.QueueView;
import switchboard.web.Views;

/** The board's queue per line: who waits, in order, for how long, and to whom each is being offered (GET /api/queue's view). */
public final class QueuePart implements BoardPart {
    private final Supplier<QueueView> queues;
    private final Clock clock;

    /** One waiting caller as the board shows them; since: when they joined, for the running clock. */
    public record Waiting(long callId, String caller, int position, boolean vip, Instant since, List<String> offeredTo) {}

    public record Line(long id, String name, boolean enabled, int maxCallers, List<Waiting> callers) {}

    public QueuePart(Supplier<QueueView> queues, Clock clock) {
        this.queues = queues;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "queue";
    }

    /** Offers notify "calls" (V7), the queue's entries and the lines' settings "queue" (V105). */
    @Override
    public Set<String> topics() {
        return Set.of("queue", "calls");
    }

    @Override
    public List<Line> load() {
        Instant now = clock.instant();
        return queues.get().lines().stream().map(l -> new Line(l.lineId(), l.name(), l.enabled(), l.maxCallers(),
                l.callers().stream().map(c -> new Waiting(c.callId(), CallerLabel.address(c.from()), c.position(), c.priority() > 0,
                        now.minusSeconds(c.waitedSeconds()), c.offeredTo().stream().map(QueueView.User::name).toList())).toList()))
                .toList();
    }

    @Override
    public Content render(Object data, Principal viewer) {
        return Views.content("board/queue.jte", Map.of("lines", data));
    }
}
