package switchboard.rota;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import switchboard.rota.solver.Assignment;
import switchboard.rota.solver.RotaTimes;
import switchboard.rota.solver.WeeklyTurn;

/** One turn of a stored rota (the draft or the published copy): who is on it, user ids ascending. */
record RotaTurn(Key key, int needed, List<Long> userIds) {
    /** Which turn: a line, a date, and local hours in the line's time zone. */
    record Key(long lineId, LocalDate date, LocalTime start, LocalTime end) {
        @Override
        public String toString() {
            return "line " + lineId + " " + TurnTimes.day(date.getDayOfWeek()) + " " + date + " " + RotaTimes.format(start)
                    + "-" + RotaTimes.format(end);
        }
    }

    RotaTurn {
        userIds = userIds.stream().distinct().sorted().toList();
    }

    long lineId() {
        return key.lineId();
    }

    LocalDate date() {
        return key.date();
    }

    LocalTime start() {
        return key.start();
    }

    LocalTime end() {
        return key.end();
    }

    RotaTurn with(List<Long> people) {
        return new RotaTurn(key, needed, people);
    }

    Assignment assignment() {
        return new Assignment(key.lineId(), key.date(), key.start(), key.end(), userIds);
    }

    WeeklyTurn weekly() {
        return new WeeklyTurn(key.date().getDayOfWeek(), key.start(), key.end(), needed);
    }
}
