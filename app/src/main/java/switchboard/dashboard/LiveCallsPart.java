package switchboard.dashboard;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.access.Principal;
import switchboard.calls.CallerLabel;
import switchboard.web.Views;

/** The board's calls live now: ringing (who is rung, on which apps), talking (with whom, for how long), voicemail. */
public final class LiveCallsPart implements BoardPart {
    private final Jdbi jdbi;

    public record LiveCall(long id, String caller, String line, String status, Instant startedAt, Instant answeredAt,
                           String answeredBy, List<String> ringing) {}

    public LiveCallsPart(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String id() {
        return "calls";
    }

    @Override
    public Set<String> topics() {
        return Set.of("calls");
    }

    @Override
    public List<LiveCall> load() {
        return jdbi.withExtension(BoardDao.class, dao -> {
            List<BoardDao.LiveCall> calls = dao.liveCalls();
            if (calls.isEmpty()) return List.of();
            Map<Long, List<String>> rung = dao.ringing(calls.stream().map(BoardDao.LiveCall::id).toList()).stream()
                    .collect(Collectors.groupingBy(BoardDao.Ringing::callId, Collectors.mapping(
                            r -> r.apps().isEmpty() ? r.name() : r.name() + " (" + r.apps() + ")", Collectors.toList())));
            return calls.stream().map(c -> new LiveCall(c.id(), CallerLabel.display(c.fromUri(), c.callerName()), c.lineName(),
                    c.status(), c.startedAt(), c.answeredAt(), answeredBy(c), rung.getOrDefault(c.id(), List.of()))).toList();
        });
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
