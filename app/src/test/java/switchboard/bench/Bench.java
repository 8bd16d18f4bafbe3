package switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * The load generator and report, run by bench/run in a JVM of its own against the server's process.
 * Usage: Bench --port P --public-url URL --auth-token T --jdbc URL --server-pid PID --pg-data DIR
 * --clock-ticks HZ --xml FILE --rota FILE --out DIR [--smoke] [--duration SECONDS].
 * Exits 1 when a request failed or a call is incomplete in the log (the harness or the server is broken);
 * a missed performance target only shows in the table.
 */
public final class Bench {
    static final int CONNECTIONS = 32;
    static final int SMOKE_CONNECTIONS = 4; // a cold server on a slow CI machine must not time out
    static final int WARM_UP_CONNECTIONS = 4;
    static final int FEW = 4; // the answer's latency when calls do not queue for the two cores
    static final int DIRECTORY = 1_000;

    private static final Map<String, LongSupplier> CPU = new LinkedHashMap<>();
    private static final Map<String, LoadResult> PHASES = new LinkedHashMap<>();

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        boolean smoke = o.containsKey("smoke");
        double round = Double.parseDouble(o.getOrDefault("duration", "5"));
        Load.Plan plan = smoke ? new Load.Plan(SMOKE_CONNECTIONS, 0.5, 1, 1) : new Load.Plan(CONNECTIONS, 5, 3, round);
        int largest = smoke ? 2_000 : 100_000;
        int port = Integer.parseInt(o.get("port"));
        long pid = Long.parseLong(o.get("server-pid"));
        String loadAverage = Machine.loadAverage();
        BenchDirectory directory = new BenchDirectory(o.get("jdbc"));
        Webhooks hooks = new Webhooks(o.get("public-url"), o.get("auth-token"));
        Server.await(port, pid);
        int hz = Integer.parseInt(o.get("clock-ticks"));
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(o.get("pg-data"), "postmaster.pid")).get(0).trim());
        CPU.put("server", Cpu.process(pid, hz));
        CPU.put("PostgreSQL", Cpu.tree(postmaster, hz));
        CPU.put("load generator", Cpu.process(ProcessHandle.current().pid(), hz));
        CPU.put("machine", Cpu.machine(hz));
        // The directory grows 10, 1,000, 100,000 while the call log grows with it, as on a live database.
        directory.growTo(10);
        AutoCloseable releasing = directory.releaseOffers();
        Report report = new Report(plan.workers());
        double warmUpSeconds = warmUp(port, hooks, directory, smoke, report, Cpu.jitCompiler(pid, hz));
        directory.settle(); // the warm-up's calls give the call log statistics, as it has in production
        report.growth(10, phase("answer webhook, directory of 10", plan,
                HttpWorkers.over(port, HttpWorkers.answer(hooks, directory))));

        directory.growTo(DIRECTORY);
        report.framework404(phase("framework: GET unknown path (404)", plan,
                HttpWorkers.over(port, HttpWorkers.notFound())));
        report.framework403(phase("framework: unsigned POST /plivo/answer (403)", plan,
                HttpWorkers.over(port, HttpWorkers.unsigned(hooks, directory))));
        report.database(phase("database: answer's SQL over JDBC", plan, () -> new DbCeiling(directory)));
        LoadResult answer = phase("answer webhook", plan, HttpWorkers.over(port, HttpWorkers.answer(hooks, directory)));
        report.answer(answer);
        DurableFloor.prepare(directory);
        report.floor(phase("durable-webhook floor over JDBC", plan, () -> new DurableFloor(directory)));
        report.growth(DIRECTORY, answer);
        report.answerUnqueued(phase("answer webhook, " + FEW + " connections", new Load.Plan(FEW, plan.warmupSeconds(),
                plan.rounds(), plan.roundSeconds()), HttpWorkers.over(port, HttpWorkers.answer(hooks, directory))));
        Queue<String> flows = new ConcurrentLinkedQueue<>();
        LoadResult flowResult = phase("full call flows", plan,
                HttpWorkers.over(port, HttpWorkers.fullFlow(hooks, directory, flows)));
        report.flows(flowResult, flows.size(), CallLog.completeCalls(directory, flows), Machine.peakRssKb(pid));
        openLoop(port, hooks, directory, answer.medianRate(), smoke, report);
        try (BoardWatchers boards = BoardWatchers.open(o.get("jdbc"), port, smoke ? 2 : 20)) {
            long before = boards.events();
            LoadResult watched = phase("answer webhook, " + boards.boards() + " boards watching", plan,
                    HttpWorkers.over(port, HttpWorkers.answer(hooks, directory)));
            report.boards(boards.boards(), watched, boards.events() - before);
        }

        directory.growTo(largest);
        report.growth(largest, phase("answer webhook, directory of " + largest, plan,
                HttpWorkers.over(port, HttpWorkers.answer(hooks, directory))));
        directory.addContacts(largest);
        report.knownCallers(largest, phase("answer webhook, known callers among " + largest + " contacts", plan,
                HttpWorkers.over(port, HttpWorkers.answerKnown(hooks, directory))));
        releasing.close();
        queue(port, hooks, directory, plan, smoke, report);
        report.sequentialScans(Plans.sequentialScans(directory));
        report.xml(load(Path.of(o.get("xml"))));
        report.rota(load(Path.of(o.get("rota"))));
        System.out.println("reports: writing a year of one busy line's calls, then summarising it by day ...");
        long logBefore = CallLog.size(directory);
        report.reports(ReportBench.measure(o.get("jdbc"), port, hz, smoke)); // late: its million calls change nothing measured before
        try (AutoCloseable released = directory.releaseOffers()) {
            report.grownLog(logBefore, CallLog.size(directory), phase("answer webhook, " + largest + " lines, a year's log",
                    plan, HttpWorkers.over(port, HttpWorkers.answer(hooks, directory))));
        }
        String key = CallLog.apiKey(o.get("jdbc"));
        Load.Plan one = new Load.Plan(1, plan.warmupSeconds(), plan.rounds(), plan.roundSeconds());
        report.callPages(phase("GET /api/calls, first page", one, HttpWorkers.over(port, HttpWorkers.calls("/api/calls", key))),
                phase("GET /api/calls, a filtered page", one, HttpWorkers.over(port,
                        HttpWorkers.calls("/api/calls?status=voicemail&lineId=" + CallLog.busiestLine(directory), key))));
        report.peakRss(Machine.peakRssKb(pid)); // after everything
        report.cpu(PHASES);

        publish(report, plan, smoke, Machine.describe(directory, loadAverage), warmUpSeconds, Path.of(o.get("out")));
    }

    /** Prints the table and writes it under out; exits 1 when something failed that is not a matter of speed. */
    private static void publish(Report report, Load.Plan plan, boolean smoke, List<String> machine, double warmUpSeconds,
                                Path out) throws Exception {
        Results results = report.results();
        String title = (smoke ? "Smoke run (numbers meaningless)" : "Benchmark") + ": "
                + results.failures() + " target(s) missed";
        machine.add(String.format("load: a separate JVM, %d keep-alive connections over loopback, closed loop;"
                + " per measurement a warm-up of %.0f s, then %d round(s) of %.0f s; a rate is the median round;"
                + " before all, %.0f s of whole calls warmed up the server's JIT", plan.workers(),
                plan.warmupSeconds(), plan.rounds(), plan.roundSeconds(), warmUpSeconds));
        machine.add("load average when the run ended: " + Machine.loadAverage());
        results.write(out, title, machine);
        System.out.println();
        machine.forEach(System.out::println);
        System.out.println();
        System.out.print(results.text());
        System.out.println("\nwritten to " + out.resolve("results.md") + " and results.csv");
        if (report.broken()) {
            System.err.println("FAILED: requests failed or calls are incomplete in the log (see the table)");
            System.exit(1);
        }
    }

    /**
     * A server runs for hours: before measuring, run whole calls until the server's JIT compiler threads are
     * nearly idle (every webhook's path is compiled). Few connections, so the compiler threads get their share
     * of the cores. Returns the seconds it took.
     */
    private static double warmUp(int port, Webhooks hooks, BenchDirectory directory, boolean smoke, Report report,
                                 LongSupplier jit) throws Exception {
        Load.Plan slice = new Load.Plan(WARM_UP_CONNECTIONS, 0, 1, smoke ? 1 : 5);
        Load.WorkerFactory calls = HttpWorkers.over(port, HttpWorkers.fullFlow(hooks, directory, new ConcurrentLinkedQueue<>()));
        int slices = 0;
        double jitShare;
        do {
            long jitBefore = jit.getAsLong();
            LoadResult r = Load.run(slice, calls, CPU);
            jitShare = (jit.getAsLong() - jitBefore) / (slice.roundSeconds() * 1000);
            report.warmUp(r);
            System.out.printf("warm-up: whole calls, %d connections, %3.0f s ...  %,6.0f/s  JIT compiler %3.0f%% of a core%n",
                    slice.workers(), ++slices * slice.roundSeconds(), r.medianRate(), jitShare * 100);
        } while (!smoke && jitShare > 0.05 && slices < 36);
        return slices * slice.roundSeconds();
    }

    /**
     * The caller queue: callers join lines where everyone is busy and stay; then wait steps (each a caller's Redirect)
     * in a closed loop, and the dispatcher's pass over the same callers with nobody free.
     */
    private static void queue(int port, Webhooks hooks, BenchDirectory directory, Load.Plan plan, boolean smoke, Report report)
            throws Exception {
        int callers = smoke ? 100 : 3200;
        var waiting = QueueLoad.waiting();
        System.out.printf("%-48s", "queue: " + callers + " callers join ...");
        LoadResult joins = QueueLoad.fill(port, hooks, directory.queueLines(smoke ? 2 : 8), callers, plan.workers(), CPU, waiting);
        System.out.printf(" %,8.0f/s  p50 %6.2f ms  p99 %6.2f ms%n", joins.medianRate(), joins.percentileMs(50), joins.percentileMs(99));
        PHASES.put("queue: join, everyone busy", joins);
        LoadResult steps = phase("queue: wait step, " + callers + " waiting", plan,
                HttpWorkers.over(port, QueueLoad.waitStep(hooks, waiting)));
        LoadResult pass = phase("queue: dispatcher pass, " + callers + " waiting",
                new Load.Plan(1, plan.warmupSeconds(), plan.rounds(), plan.roundSeconds()), () -> new QueueLoad.DispatchPass(directory));
        report.queue(joins, steps, pass, callers);
    }

    /**
     * Open-loop latency: calls arrive at a fixed rate, half the answer's closed-loop maximum, then ever higher
     * rates until a webhook's p99 passes 50 ms.
     */
    private static void openLoop(int port, Webhooks hooks, BenchDirectory directory, double answerMax, boolean smoke,
                                 Report report) throws Exception {
        double warm = smoke ? 0.3 : 1;
        double seconds = smoke ? 1 : 5;
        List<OpenLoad.Result> runs = new java.util.ArrayList<>();
        for (double share = 0.5; share <= (smoke ? 0.5 : 1.5); share += 0.1) {
            OpenLoad.Result r = OpenLoad.run(port, hooks, directory, answerMax * share, warm, seconds);
            System.out.printf("%-48s %,8.0f/s  answer p50 %6.2f ms  p99 %6.2f ms  Dial p99 %6.2f ms  errors %d%n",
                    String.format("open loop: %.0f%% of the answer's maximum ...", share * 100), r.webhookRate(),
                    r.answerMs(50), r.answerMs(99), r.dialMs(99), r.errors());
            runs.add(r);
            if (r.worstP99Ms() >= 50) break;
        }
        report.openLoop(runs);
    }

    private static LoadResult phase(String name, Load.Plan plan, Load.WorkerFactory workers) throws Exception {
        System.out.printf("%-48s", name + " ...");
        LoadResult r = Load.run(plan, workers, CPU);
        System.out.printf(" %,8.0f/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  CPU ms/op %s%n", r.medianRate(),
                r.percentileMs(50), r.percentileMs(99), r.errors(), r.cpuMsPerOp().values().stream()
                        .map(ms -> String.format("%.3f", ms)).toList());
        PHASES.put(name, r);
        return r;
    }

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
            String key = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            o.put(key, flag ? "" : args[++i]);
        }
        return o;
    }
}
