package switchboard.rota;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.NotFound;
import switchboard.rota.solver.WeeklyTurn;

/** A line's week cut into turns, each needing some people: the same every week, in the line's time zone. */
public final class LineTurns {
    static final Comparator<WeeklyTurn> ORDER = Comparator.comparing(WeeklyTurn::day).thenComparing(WeeklyTurn::start)
            .thenComparing(WeeklyTurn::end);
    private final Jdbi jdbi;

    public LineTurns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<WeeklyTurn> of(long lineId) {
        return SharedDaos.with(jdbi, TurnDao.class, dao -> {
            dao.line(lineId).orElseThrow(() -> NotFound.of("line", lineId));
            return turns(dao.of(lineId));
        });
    }

    /** Replaces all of the line's turns at once; rotas already generated keep the turns they were made with. */
    public List<WeeklyTurn> replace(long lineId, List<WeeklyTurn> turns) {
        List<WeeklyTurn> sorted = turns.stream().sorted(ORDER).toList();
        return jdbi.inTransaction(h -> {
            TurnDao dao = SharedDaos.of(h, TurnDao.class);
            dao.lockLine(lineId).orElseThrow(() -> NotFound.of("line", lineId));
            dao.clear(lineId);
            dao.add(lineId, sorted.stream().mapToInt(t -> t.day().getValue()).toArray(),
                    sorted.stream().mapToInt(t -> TurnTimes.minutes(t.start())).toArray(),
                    sorted.stream().mapToInt(t -> TurnTimes.minutes(t.end())).toArray(),
                    sorted.stream().mapToInt(WeeklyTurn::needed).toArray());
            return turns(dao.of(lineId));
        });
    }

    static List<WeeklyTurn> turns(List<TurnDao.Row> rows) {
        return rows.stream().map(r -> new WeeklyTurn(DayOfWeek.of(r.day()), TurnTimes.time(r.startMinute()),
                TurnTimes.time(r.endMinute()), r.needed())).toList();
    }
}
