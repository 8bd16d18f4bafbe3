package switchboard.rota.solver;

import java.util.List;

/**
 * How each person's load compares with their target: {@code target} is the declared targetTurnsPerWeek,
 * {@code weekTarget} what it comes to this week after absences ({@link Availability#targetIn}), and
 * {@code deviation} is assigned minus weekTarget. Overall,
 * {@code squaredDeviation} is the sum of the squared deviations (what the solver keeps low, so a misfit is
 * spread over many people rather than heaped on one) and {@code largestDeviation} the worst single misfit.
 */
public record Fairness(List<Load> people, int squaredDeviation, int largestDeviation) {
    public record Load(long userId, String name, int target, int weekTarget, int assigned, int deviation) {}

    public Fairness {
        people = List.copyOf(people);
    }

    static Fairness of(List<Load> people) {
        int squared = people.stream().mapToInt(l -> l.deviation() * l.deviation()).sum();
        int largest = people.stream().mapToInt(l -> Math.abs(l.deviation())).max().orElse(0);
        return new Fairness(people, squared, largest);
    }
}
