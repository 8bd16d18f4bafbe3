package switchboard.bench;

import java.io.FileWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import switchboard.rota.solver.GeneratedWeek;
import switchboard.rota.solver.RotaProblem;
import switchboard.rota.solver.RotaProposal;
import switchboard.rota.solver.RotaSolver;
import switchboard.rota.solver.SolveLimits;

/**
 * The rota solver on a generated week, in a JVM of its own with the default limits (10 s cap): the first solve is
 * what the first generate after a start costs (Timefold's set-up and a cold JIT included), the later ones a warm
 * server; all must give the same proposal. Smoke: a two-day week, two solves of a fifth of the default work.
 * Usage: RotaBench OUT_PROPERTIES [--smoke]
 */
public final class RotaBench {
    private RotaBench() {}

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        RotaProblem week = smoke ? GeneratedWeek.of(25, 2) : GeneratedWeek.standard();
        int runs = smoke ? 2 : 4;
        SolveLimits limits = smoke ? new SolveLimits(SolveLimits.DEFAULT_TIME_CAP, SolveLimits.DEFAULT_MOVES_PER_SEAT / 5)
                : SolveLimits.DEFAULT;
        List<RotaSolver.Timed> solved = new ArrayList<>();
        List<Duration> cpu = new ArrayList<>(); // the solving thread's CPU time: what a busy machine does not inflate
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long before = threads.getCurrentThreadCpuTime();
            solved.add(RotaSolver.solveTimed(week, limits));
            cpu.add(Duration.ofNanos(threads.getCurrentThreadCpuTime() - before));
        }
        RotaProposal first = solved.get(0).proposal();
        List<RotaSolver.Timed> warm = solved.subList(1, runs);
        Properties out = new Properties();
        out.setProperty("rota.week", String.format("%d people, %d lines, %d turns (%d seats)", week.people().size(),
                week.lines().size(), week.turns().size(), week.turns().stream().mapToInt(t -> t.needed()).sum()));
        out.setProperty("rota.cap.ms", Long.toString(limits.timeCap().toMillis()));
        out.setProperty("rota.moves.per.seat", Integer.toString(limits.movesPerSeat()));
        out.setProperty("rota.cold.spent.ms", Long.toString(solved.get(0).spent().toMillis()));
        out.setProperty("rota.cold.best.ms", Long.toString(solved.get(0).untilBest().toMillis()));
        out.setProperty("rota.cold.cpu.ms", Long.toString(cpu.get(0).toMillis()));
        out.setProperty("rota.warm.cpu.ms", Long.toString(median(cpu.subList(1, runs))));
        out.setProperty("rota.warm.spent.ms", Long.toString(median(warm.stream().map(RotaSolver.Timed::spent).toList())));
        out.setProperty("rota.warm.best.ms", Long.toString(median(warm.stream().map(RotaSolver.Timed::untilBest).toList())));
        out.setProperty("rota.score", first.score().toString());
        out.setProperty("rota.broken", Integer.toString(first.score().brokenRules()));
        out.setProperty("rota.unfilled", Integer.toString(first.score().unfilledSeats()));
        out.setProperty("rota.squared", Integer.toString(first.fairness().squaredDeviation()));
        out.setProperty("rota.largest", Integer.toString(first.fairness().largestDeviation()));
        out.setProperty("rota.cut.short", Long.toString(solved.stream().filter(s -> s.proposal().cutShort()).count()));
        out.setProperty("rota.runs", Integer.toString(runs));
        out.setProperty("rota.identical", Boolean.toString(solved.stream().allMatch(s -> s.proposal().equals(first))));
        try (FileWriter w = new FileWriter(args[0])) {
            out.store(w, "RotaBench: the generated week solved " + runs + " times with the default limits");
        }
        out.forEach((k, v) -> System.out.println("  " + k + " = " + v));
    }

    private static long median(List<Duration> durations) {
        List<Long> ms = durations.stream().map(Duration::toMillis).sorted().toList();
        return ms.get(ms.size() / 2);
    }
}
