package switchboard.rota.solver;

import ai.timefold.solver.core.api.score.buildin.bendable.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Timefold, configured once: the model, the constraints, a fixed seed and a reproducible environment; a
 * construction heuristic fills the seats, then tabu search improves them (on the benchmark's week it matched late
 * acceptance's quality with an eighth of the moves). The solver-wide termination is set per solve from
 * {@link SolveLimits}.
 */
final class RotaEngine {
    static final long RANDOM_SEED = 17;
    /** A step takes the best of this many acceptable moves (Timefold's default of 1000 settles slower here). */
    static final int ACCEPTED_PER_STEP = 300;
    /** A seat just changed is left alone for the next fifth-of-all-seats steps. */
    static final double ENTITY_TABU_RATIO = 0.2;
    /** A hundred steps (some 30,000 moves) without a better rota: the search has settled. */
    static final int UNIMPROVED_STEP_LIMIT = 100;
    static final SolverFactory<RotaSchedule> FACTORY = SolverFactory.create(new SolverConfig()
            .withSolutionClass(RotaSchedule.class)
            .withEntityClasses(Seat.class)
            .withConstraintProviderClass(RotaConstraints.class)
            .withEnvironmentMode(EnvironmentMode.NO_ASSERT) // reproducible (REPRODUCIBLE is its deprecated name)
            .withRandomSeed(RANDOM_SEED)
            .withTerminationConfig(new TerminationConfig().withSpentLimit(SolveLimits.DEFAULT_TIME_CAP))
            .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(ENTITY_TABU_RATIO))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_PER_STEP))
                    .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(UNIMPROVED_STEP_LIMIT))));
    static final SolutionManager<RotaSchedule, BendableScore> SOLUTIONS = SolutionManager.create(FACTORY);

    private RotaEngine() {}
}
