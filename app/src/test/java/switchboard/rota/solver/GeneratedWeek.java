package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated office week for the benchmark and the larger tests: three lines (Support needs two people a turn,
 * Sales and Billing one) with four two-hour turns a weekday, and people with full-time and part-time patterns,
 * a few absences, and last week's rota drawn at random from who could have worked it. Fixed seed.
 */
public final class GeneratedWeek {
    private static final String[][] HOURS = {{"09:00", "11:00"}, {"11:00", "13:00"}, {"14:00", "16:00"}, {"16:00", "18:00"}};

    private GeneratedWeek() {}

    /** The benchmark's week: 25 people, 3 lines, 60 turns (80 seats), in 2026-W50. */
    public static RotaProblem standard() {
        return of(25, 5);
    }

    /** {@code people} people and the lines' turns on the first {@code days} weekdays; targets scale with the days. */
    public static RotaProblem of(int people, int days) {
        Random random = new Random(50);
        List<DayOfWeek> weekdays = List.of(DayOfWeek.values()).subList(0, days);
        List<Person> persons = new ArrayList<>();
        for (int id = 1; id <= people; id++) persons.add(person(id, weekdays));
        List<RotaLine> lines = List.of(line(1, "Support", 2, members(people, 0.0, 0.6), weekdays),
                line(2, "Sales", 1, members(people, 0.4, 0.8), weekdays),
                line(3, "Billing", 1, members(people, 0.65, 1.15), weekdays));
        RotaWeek week = RotaWeek.parse("2026-W50");
        RotaProblem withoutHistory = new RotaProblem(week, lines, persons, List.of());
        List<Assignment> lastWeek = new ArrayList<>();
        for (Turn t : withoutHistory.turns()) {
            RotaLine line = withoutHistory.line(t.lineId()).orElseThrow();
            List<Long> could = persons.stream().filter(p -> line.hasMember(p.userId()) && p.availableFor(t))
                    .map(Person::userId).toList();
            List<Long> drawn = new ArrayList<>(could);
            Collections.shuffle(drawn, random);
            lastWeek.add(new Assignment(t.lineId(), t.date().minusWeeks(1), t.start(), t.end(),
                    drawn.subList(0, Math.min(t.needed(), drawn.size()))));
        }
        return new RotaProblem(week, lines, persons, lastWeek);
    }

    /** Five patterns in turn: full-time, mornings, early week, afternoons, late week; three people have days off. */
    private static Person person(int id, List<DayOfWeek> weekdays) {
        List<Availability.Slot> slots = new ArrayList<>();
        int pattern = id % 5;
        for (DayOfWeek d : weekdays) {
            boolean works = switch (pattern) {
                case 2 -> d.getValue() <= 3;
                case 4 -> d.getValue() >= 2;
                default -> true;
            };
            if (!works) continue;
            if (pattern == 1) slots.add(slot(d, "09:00", "13:00"));
            else if (pattern == 3) slots.add(slot(d, "14:00", "18:00"));
            else {
                slots.add(slot(d, "09:00", "13:00"));
                slots.add(slot(d, "14:00", "18:00"));
            }
        }
        int[] targets = {5, 3, 3, 3, 4};
        List<Availability.Absence> absences = new ArrayList<>();
        RotaWeek week = RotaWeek.parse("2026-W50");
        if (id == 4) absences.add(absence(week, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, "holiday"));
        if (id == 11) absences.add(absence(week, DayOfWeek.FRIDAY, DayOfWeek.FRIDAY, "training"));
        if (id == 19) absences.add(absence(week, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, "holiday"));
        int target = Math.max(1, Math.round(targets[pattern] * weekdays.size() / 5f)); // a shorter week, a smaller load
        return new Person(id, "person " + id, new Availability(slots, absences, target, id % 7 == 0 ? 3 : 2));
    }

    private static Availability.Absence absence(RotaWeek week, DayOfWeek from, DayOfWeek to, String reason) {
        return new Availability.Absence(week.date(from), week.date(to), reason);
    }

    private static Availability.Slot slot(DayOfWeek day, String start, String end) {
        return new Availability.Slot(day, RotaTimes.parse(start), RotaTimes.parse(end));
    }

    /** The people whose position in the list falls in [from, to) of its length, wrapping past the end. */
    private static Set<Long> members(int people, double from, double to) {
        Set<Long> ids = new TreeSet<>();
        for (int i = (int) Math.round(from * people); i < Math.round(to * people); i++) ids.add((long) (i % people) + 1);
        return ids;
    }

    private static RotaLine line(long id, String name, int needed, Set<Long> members, List<DayOfWeek> weekdays) {
        List<WeeklyTurn> turns = new ArrayList<>();
        for (DayOfWeek d : weekdays) {
            for (String[] h : HOURS) turns.add(new WeeklyTurn(d, RotaTimes.parse(h[0]), RotaTimes.parse(h[1]), needed));
        }
        return new RotaLine(id, name, members, turns);
    }
}
