package switchboard.simulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs scenario files call by call and checks each call record: PASS / FAIL lines, then "N passed, N failed". */
final class ScenarioRunner {
    private final Simulator simulator;
    private final PrintStream out;

    ScenarioRunner(Simulator simulator, PrintStream out) {
        this.simulator = simulator;
        this.out = out;
    }

    /** 0 when every call passed, 1 otherwise; a bad file stops everything before the first call (CannotSimulate). */
    int run(List<Path> files) {
        List<Scenario> calls = new ArrayList<>();
        for (Path f : files) calls.addAll(Scenario.read(f));
        int passed = 0;
        for (Scenario s : calls) {
            Simulator.Run run = simulator.call(s.options());
            List<String> problems = problems(s, run);
            if (problems.isEmpty()) {
                passed++;
                out.println("PASS  " + s.name());
            } else {
                out.println("FAIL  " + s.name() + ": " + String.join("; ", problems));
                run.result().transcript().lines().forEach(l -> out.println("      " + l));
            }
        }
        int failed = calls.size() - passed;
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static List<String> problems(Scenario s, Simulator.Run run) {
        if (run.result().failure() != null) return List.of("cannot follow: " + run.result().failure().getMessage());
        if (run.record() == null) return List.of("the server has no record of call " + run.result().callUuid());
        return s.mismatches(SwitchboardApi.tree(run.record()));
    }
}
