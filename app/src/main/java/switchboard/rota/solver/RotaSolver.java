package switchboard.rota.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computes a week's rota proposal with Timefold. Deterministic: the same problem and limits give the same
 * proposal, unless the time cap cut the search short (then {@link RotaProposal#cutShort()} is true).
 * Thread-safe; each call solves on the calling thread.
 */
public final class RotaSolver {
    /**
     * A proposal with how long the call took (the first call also sets Timefold up) and when, after the search
     * started, it found the rota it returned; for the benchmark.
     */
    public record Timed(RotaProposal proposal, Duration spent, Duration untilBest) {}

    private RotaSolver() {}

    public static RotaProposal solve(RotaProblem problem, SolveLimits limits) {
        return solveTimed(problem, limits).proposal();
    }

    public static Timed solveTimed(RotaProblem problem, SolveLimits limits) {
        RotaSchedule schedule = Schedules.toFill(problem);
        long started = System.nanoTime();
        if (schedule.seats.isEmpty()) {
            RotaEngine.SOLUTIONS.update(schedule);
            Duration spent = Duration.ofNanos(System.nanoTime() - started);
            return new Timed(Proposals.of(problem, schedule, false), spent, Duration.ZERO);
        }
        Solver<RotaSchedule> solver = RotaEngine.FACTORY.buildSolver(new SolverConfigOverride<RotaSchedule>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limits.timeCap())
                        .withMoveCountLimit(limits.moveLimit(schedule.seats.size()))));
        AtomicLong bestAtMillis = new AtomicLong();
        solver.addEventListener(event -> bestAtMillis.set(event.getTimeMillisSpent()));
        long searching = System.nanoTime();
        RotaSchedule best = solver.solve(schedule);
        long ended = System.nanoTime();
        boolean cutShort = Duration.ofNanos(ended - searching).compareTo(limits.timeCap()) >= 0; // the cap ended it
        return new Timed(Proposals.of(problem, best, cutShort), Duration.ofNanos(ended - started),
                Duration.ofMillis(bestAtMillis.get()));
    }
}
