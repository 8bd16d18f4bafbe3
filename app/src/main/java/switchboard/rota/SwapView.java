package switchboard.rota;

import java.time.Instant;
import java.time.LocalDate;

/** A swap as the API shows it: the turn offered, the colleague, the turn taken in return (or null), and its state. */
public record SwapView(long id, String week, long lineId, String day, LocalDate date, String start, String end,
                       long fromUserId, long toUserId, TurnRef inReturn, String note, String status, Instant createdAt,
                       Instant decidedAt, String decidedBy) {
    public static final String PENDING = "pending";

    public record TurnRef(long lineId, String day, LocalDate date, String start, String end) {
        static TurnRef of(RotaTurn.Key key) {
            var a = RotaJson.assignment(new RotaTurn(key, 0, java.util.List.of()));
            return new TurnRef(a.lineId(), a.day(), a.date(), a.start(), a.end());
        }
    }

    static SwapView of(SwapDao.Row r) {
        TurnRef turn = TurnRef.of(given(r));
        RotaTurn.Key back = taken(r);
        return new SwapView(r.id(), r.week(), turn.lineId(), turn.day(), turn.date(), turn.start(), turn.end(), r.fromUserId(),
                r.toUserId(), back == null ? null : TurnRef.of(back), r.note(), r.status(), r.createdAt(), r.decidedAt(),
                r.decidedBy());
    }

    static RotaTurn.Key given(SwapDao.Row r) {
        return new RotaTurn.Key(r.lineId(), r.day(), TurnTimes.time(r.startMinute()), TurnTimes.time(r.endMinute()));
    }

    static RotaTurn.Key taken(SwapDao.Row r) {
        return r.returnLineId() == null ? null : new RotaTurn.Key(r.returnLineId(), r.returnDay(),
                TurnTimes.time(r.returnStartMinute()), TurnTimes.time(r.returnEndMinute()));
    }
}
