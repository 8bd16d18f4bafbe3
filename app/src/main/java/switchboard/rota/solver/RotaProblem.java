package switchboard.rota.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rota of one week is computed from: the lines with their turns and members, the people with
 * their availability, and last week's published assignments (people like stable weeks; may be empty).
 * Lines and people are kept in id order, so the order they were given in does not change the result.
 */
public record RotaProblem(RotaWeek week, List<RotaLine> lines, List<Person> people, List<Assignment> lastWeek) {
    public RotaProblem {
        Objects.requireNonNull(week, "a rota problem needs a week");
        lines = lines.stream().sorted(Comparator.comparingLong(RotaLine::id)).toList();
        people = people.stream().sorted(Comparator.comparingLong(Person::userId)).toList();
        lastWeek = List.copyOf(lastWeek);
        unique(lines.stream().map(RotaLine::id).toList(), "line");
        unique(people.stream().map(Person::userId).toList(), "user");
        RotaWeek previous = week.previous();
        for (Assignment a : lastWeek) {
            if (!previous.contains(a.date())) {
                throw new IllegalArgumentException("last week's assignments must be in " + previous + ", got one on " + a.date());
            }
        }
        for (RotaLine line : lines) {
            Set<WeeklyTurn> hours = new HashSet<>();
            for (WeeklyTurn t : line.turns()) {
                if (!hours.add(new WeeklyTurn(t.day(), t.start(), t.end(), 0))) {
                    throw new IllegalArgumentException("line " + line.id() + " has two turns on " + t.day() + " "
                            + RotaTimes.format(t.start()) + "-" + RotaTimes.format(t.end()));
                }
            }
        }
    }

    /** The week's concrete turns, in rota order ({@link Turn#ORDER}). */
    public List<Turn> turns() {
        List<Turn> turns = new ArrayList<>();
        for (RotaLine line : lines) {
            for (WeeklyTurn t : line.turns()) {
                turns.add(new Turn(line.id(), week.date(t.day()), t.start(), t.end(), t.needed()));
            }
        }
        turns.sort(Turn.ORDER);
        return turns;
    }

    public Optional<RotaLine> line(long id) {
        return lines.stream().filter(l -> l.id() == id).findFirst();
    }

    public Optional<Person> person(long userId) {
        return people.stream().filter(p -> p.userId() == userId).findFirst();
    }

    private static void unique(List<Long> ids, String what) {
        Set<Long> seen = new HashSet<>();
        for (long id : ids) {
            if (!seen.add(id)) throw new IllegalArgumentException("two " + what + "s have the id " + id);
        }
    }
}
