package switchboard.rota;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import switchboard.errors.Conflict;
import switchboard.rota.solver.Person;
import switchboard.rota.solver.RotaLine;
import switchboard.rota.solver.RotaProblem;
import switchboard.rota.solver.RotaWeek;
import switchboard.rota.solver.WeeklyTurn;

/**
 * What a week's rota is computed from and checked against, read from the database: the lines with their turns and
 * tier members, those people with their availability now, and last week's published rota (for stability).
 */
record RotaInputs(RotaProblem problem, Map<Long, RotaDao.LineRow> lines, Map<Long, RotaDao.PersonRow> people) {

    /** To generate: every live line that has turns, as its turns are now. */
    static RotaInputs toGenerate(RotaDao dao, RotaWeek week) {
        RotaInputs inputs = current(dao, week);
        inputs.requireOneZonePerPerson();
        return inputs;
    }

    /** The week's turns as the lines have them now, nobody on them yet. */
    static List<RotaTurn> currentTurns(RotaDao dao, RotaWeek week) {
        return current(dao, week).problem().turns().stream().map(t -> new RotaTurn(
                new RotaTurn.Key(t.lineId(), t.date(), t.start(), t.end()), t.needed(), List.of())).toList();
    }

    private static RotaInputs current(RotaDao dao, RotaWeek week) {
        List<RotaDao.LineRow> lines = dao.linesWithTurns();
        Map<Long, List<WeeklyTurn>> turns = new TreeMap<>();
        for (RotaDao.LineTurnRow r : dao.lineTurns(ids(lines))) {
            turns.computeIfAbsent(r.lineId(), id -> new ArrayList<>()).add(new WeeklyTurn(DayOfWeek.of(r.day()),
                    TurnTimes.time(r.startMinute()), TurnTimes.time(r.endMinute()), r.needed()));
        }
        return build(dao, week, lines, turns, List.of());
    }

    /** To check a stored rota: its own turns (whatever its lines hold now), plus these users who may be put on it. */
    static RotaInputs toCheck(RotaDao dao, RotaWeek week, List<RotaTurn> rota, Collection<Long> moreUsers) {
        Map<Long, List<WeeklyTurn>> turns = new TreeMap<>();
        rota.forEach(t -> turns.computeIfAbsent(t.lineId(), id -> new ArrayList<>()).add(t.weekly()));
        List<Long> users = new ArrayList<>(moreUsers);
        rota.forEach(t -> users.addAll(t.userIds()));
        return build(dao, week, dao.lines(turns.keySet().toArray(Long[]::new)), turns, users);
    }

    private static RotaInputs build(RotaDao dao, RotaWeek week, List<RotaDao.LineRow> lineRows,
                                    Map<Long, List<WeeklyTurn>> turns, Collection<Long> moreUsers) {
        Map<Long, Set<Long>> members = new TreeMap<>();
        dao.members(ids(lineRows)).forEach(m -> members.computeIfAbsent(m.lineId(), id -> new TreeSet<>()).add(m.userId()));
        Set<Long> userIds = new TreeSet<>(moreUsers);
        members.values().forEach(userIds::addAll);
        Map<Long, RotaDao.PersonRow> people = dao.people(userIds.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(RotaDao.PersonRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<RotaLine> lines = lineRows.stream().map(l -> new RotaLine(l.id(), l.name(), members.getOrDefault(l.id(), Set.of()),
                turns.getOrDefault(l.id(), List.of()))).toList();
        List<Person> persons = people.values().stream().map(p -> new Person(p.id(), p.name(), availability(p))).toList();
        RotaWeek previous = week.previous();
        var lastWeek = RotaCopies.read(dao, previous, RotaDao.PUBLISHED).stream().map(RotaTurn::assignment).toList();
        Map<Long, RotaDao.LineRow> lineMap = lineRows.stream()
                .collect(Collectors.toMap(RotaDao.LineRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new RotaInputs(new RotaProblem(week, lines, persons, lastWeek), lineMap, people);
    }

    static switchboard.rota.solver.Availability availability(RotaDao.PersonRow p) {
        if (p.targetTurnsPerWeek() == null) return Availabilities.NONE;
        return RotaJson.availability(p.slots(), p.absences(), p.targetTurnsPerWeek(), p.maxTurnsPerDay());
    }

    /**
     * Turns and availability are wall-clock times in the line's zone, so someone who may work lines in two zones could
     * not be checked for overlapping turns: such a week is refused, naming them. Lines of different zones are fine
     * when nobody available could work both.
     */
    private void requireOneZonePerPerson() {
        List<String> mixed = new ArrayList<>();
        for (Person p : problem.people()) {
            if (p.availability().slots().isEmpty()) continue;
            Map<String, List<String>> zones = new TreeMap<>();
            for (RotaLine l : problem.lines()) {
                if (l.hasMember(p.userId())) zones.computeIfAbsent(lines.get(l.id()).timeZone(), z -> new ArrayList<>()).add(l.name());
            }
            if (zones.size() > 1) mixed.add(p.name() + " (user " + p.userId() + ") is in lines of " + zones.size() + " time zones: "
                    + zones.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " in " + e.getKey()).collect(Collectors.joining("; ")));
        }
        if (!mixed.isEmpty()) {
            throw new Conflict("a rota's times are each line's local time, so nobody may work lines in two time zones: "
                    + String.join(". ", mixed) + ". Give those lines one zone, or take them out of one line's tiers.");
        }
    }

    /** "Support MON 2026-12-07 09:00-11:00", for messages and mails. */
    String describe(RotaTurn.Key key) {
        RotaDao.LineRow line = lines.get(key.lineId());
        return (line == null ? "line " + key.lineId() : line.name()) + " " + TurnTimes.day(key.date().getDayOfWeek()) + " "
                + key.date() + " " + RotaJson.hours(key.start(), key.end());
    }

    String name(long userId) {
        RotaDao.PersonRow p = people.get(userId);
        return (p == null ? "user " + userId : p.name() + " (user " + userId + ")");
    }

    private static Long[] ids(List<RotaDao.LineRow> lines) {
        return lines.stream().map(RotaDao.LineRow::id).toArray(Long[]::new);
    }
}
