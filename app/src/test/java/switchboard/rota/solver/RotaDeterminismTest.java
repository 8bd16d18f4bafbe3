package switchboard.rota.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.rota.solver.Weeks.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaDeterminismTest {
    @Test
    void the_benchmark_week_solved_twice_gives_the_same_full_and_fair_rota() {
        RotaProblem week = GeneratedWeek.standard();
        RotaProposal first = solve(week);
        RotaProposal second = solve(week);
        assertThat(second).isEqualTo(first);
        assertThat(first.uncovered()).isEmpty();
        assertThat(first.fairness().largestDeviation()).isLessThanOrEqualTo(1);
    }

    @Test
    void the_order_lines_and_people_are_given_in_does_not_change_the_rota() {
        RotaProblem week = GeneratedWeek.of(10, 2);
        List<RotaLine> lines = new ArrayList<>(week.lines());
        List<Person> people = new ArrayList<>(week.people());
        Collections.reverse(lines);
        Collections.reverse(people);
        RotaProblem shuffled = new RotaProblem(week.week(), lines, people, week.lastWeek());
        assertThat(solve(shuffled)).isEqualTo(solve(week));
    }
}
