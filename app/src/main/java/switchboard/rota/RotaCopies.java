package switchboard.rota;

import java.util.ArrayList;
import java.util.List;
import switchboard.rota.solver.RotaWeek;

/** A week's draft or published copy, read and written whole (a week holds some tens of turns). */
final class RotaCopies {
    private RotaCopies() {}

    static List<RotaTurn> read(RotaDao dao, RotaWeek week, String copy) {
        return dao.copy(week.toString(), copy).stream().map(r -> new RotaTurn(new RotaTurn.Key(r.lineId(), r.day(),
                TurnTimes.time(r.startMinute()), TurnTimes.time(r.endMinute())), r.needed(), r.userIds())).toList();
    }

    static void write(RotaDao dao, RotaWeek week, String copy, List<RotaTurn> turns) {
        String w = week.toString();
        dao.clear(w, copy);
        dao.addTurns(w, copy, turns.stream().map(RotaTurn::lineId).toArray(Long[]::new),
                turns.stream().map(t -> t.date().toString()).toArray(String[]::new),
                turns.stream().map(t -> TurnTimes.minutes(t.start())).toArray(Integer[]::new),
                turns.stream().map(t -> TurnTimes.minutes(t.end())).toArray(Integer[]::new),
                turns.stream().map(RotaTurn::needed).toArray(Integer[]::new));
        List<RotaTurn> seats = new ArrayList<>();
        for (RotaTurn t : turns) t.userIds().forEach(u -> seats.add(t.with(List.of(u))));
        dao.addSeats(w, copy, seats.stream().map(RotaTurn::lineId).toArray(Long[]::new),
                seats.stream().map(t -> t.date().toString()).toArray(String[]::new),
                seats.stream().map(t -> TurnTimes.minutes(t.start())).toArray(Integer[]::new),
                seats.stream().map(t -> TurnTimes.minutes(t.end())).toArray(Integer[]::new),
                seats.stream().map(t -> t.userIds().get(0)).toArray(Long[]::new));
    }

    /** The same turns with the same people on them. */
    static boolean same(List<RotaTurn> a, List<RotaTurn> b) {
        return a.equals(b);
    }
}
