package switchboard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Turns the measurements into the results table and checks each against the target. */
final class Report {
    private final int connections;
    private final Map<String, LoadResult> phases = new LinkedHashMap<>();
    private final Map<Integer, LoadResult> growth = new LinkedHashMap<>();
    private long flowsStarted;
    private long flowsComplete;
    private long peakRssKb;
    private Properties xml;
    private Properties rota;
    private Properties reports;
    private Map<String, LoadResult> cpu = Map.of();
    private long warmUpErrors;
    private String warmUpFirstError;
    private List<String> sequentialScans = List.of();
    private int queueWaiting;
    private int contacts;
    private List<OpenLoad.Result> openLoop = List.of();
    private int boards;
    private long boardEvents;
    private long logBefore;
    private long logAfter;
    private long finalRssKb;

    Report(int connections) {
        this.connections = connections;
    }

    /** Errors while the server warms up are noted but do not count: its JIT has not compiled the code yet. */
    void warmUp(LoadResult r) {
        warmUpErrors += r.errors();
        if (warmUpFirstError == null) warmUpFirstError = r.firstError();
    }

    void framework404(LoadResult r) { phases.put("404", r); }

    void framework403(LoadResult r) { phases.put("403", r); }

    void database(LoadResult r) { phases.put("database", r); }

    void answer(LoadResult r) { phases.put("answer", r); }

    void answerUnqueued(LoadResult r) { phases.put("few", r); }

    void floor(LoadResult r) { phases.put("floor", r); }

    void openLoop(List<OpenLoad.Result> runs) { openLoop = runs; }

    /** The answer measured again with this many boards following the live fan-out, and the events they received. */
    void boards(int boards, LoadResult r, long events) {
        phases.put("boards", r);
        this.boards = boards;
        this.boardEvents = events;
    }

    /** The answer again once the log grew from {@code before} to {@code after} calls. */
    void grownLog(long before, long after, LoadResult r) {
        phases.put("grown log", r);
        logBefore = before;
        logAfter = after;
    }

    void callPages(LoadResult first, LoadResult filtered) {
        phases.put("calls first page", first);
        phases.put("calls filtered page", filtered);
    }

    void peakRss(long kb) { finalRssKb = kb; }

    void flows(LoadResult r, long started, long complete, long peakRssKb) {
        phases.put("flows", r);
        this.flowsStarted = started;
        this.flowsComplete = complete;
        this.peakRssKb = peakRssKb;
    }

    void growth(int size, LoadResult r) {
        growth.put(size, r);
        phases.putIfAbsent("directory of " + size, r);
    }

    /** The caller queue: joins, wait steps and dispatcher passes with this many callers waiting. */
    void queue(LoadResult joins, LoadResult steps, LoadResult pass, int waiting) {
        phases.put("queue joins", joins);
        phases.put("queue steps", steps);
        phases.put("queue pass", pass);
        queueWaiting = waiting;
    }

    void knownCallers(int contacts, LoadResult r) {
        phases.put("known callers", r);
        this.contacts = contacts;
    }

    void xml(Properties xml) { this.xml = xml; }

    void rota(Properties rota) { this.rota = rota; }

    void reports(Properties reports) { this.reports = reports; }

    void sequentialScans(List<String> lookups) { sequentialScans = lookups; }

    /** Every phase by name, for the table of CPU time per operation. */
    void cpu(Map<String, LoadResult> phasesByName) { this.cpu = phasesByName; }

    /** Something failed that is not a matter of speed: a request, or a call missing from the log. */
    boolean broken() {
        return phases.values().stream().anyMatch(r -> r.errors() > 0) || flowsComplete != flowsStarted
                || RotaRows.broken(rota) || openLoop.stream().anyMatch(r -> r.errors() > 0);
    }

    Results results() {
        Results t = new Results();
        wholeCall(t);
        answerAndFloor(t);
        openLoopRows(t);
        growthRows(t);
        t.check("(5) peak RSS of the server", String.format("%.0f MB", Math.max(peakRssKb, finalRssKb) / 1024.0),
                "VmHWM, the most the server's process held at any time, read after every measurement; -Xmx256m and the"
                        + " Procfile's other options", "< 300 MB",
                Math.max(peakRssKb, finalRssKb) < 300 * 1024);
        if (phases.containsKey("queue steps")) queueRows(t);
        fanOut(t);
        xmlRow(t, "ring", "a tier's Dial, 3 Users");
        xmlRow(t, "voicemail", "Speak + Record");
        RotaRows.add(t, rota);
        cpu.forEach((name, r) -> t.cpu(name, Format.cpuColumns(r)));
        if (warmUpErrors > 0) t.note("warm-up (not counted): " + warmUpErrors + " failed; first: " + warmUpFirstError);
        phases.forEach((name, r) -> {
            if (r.errors() > 0) t.note(name + ": " + r.errors() + " failed of " + r.operations() + "; first: " + r.firstError());
        });
        openLoop.forEach(r -> {
            if (r.errors() > 0) t.note(String.format("open loop at %.0f/s: %d failed; first: %s", r.webhookRate(), r.errors(), r.firstError()));
        });
        return t;
    }

    /** (1): what a whole call costs the two processes, from their CPU counters. */
    private void wholeCall(Results t) {
        LoadResult flows = phases.get("flows");
        double server = flows.cpuMsPerOp().get("server");
        double database = flows.cpuMsPerOp().get("PostgreSQL");
        t.check("(1) whole call: CPU of server + PostgreSQL", Format.ms(server + database), String.format("server %.2f ms +"
                + " PostgreSQL %.2f ms per call: answer, two Dial actions (no-answer), Record action, hangup, signed; the"
                + " follow-up it queues", server, database), "<= 8 ms", server + database <= 8);
        int cores = Runtime.getRuntime().availableProcessors();
        t.add("(1) whole calls per second", Format.rate(flows, "calls/s"), String.format("%d connections, closed loop, load"
                + " generator on the same cores; %d cores / CPU per call: %,.0f calls/s; per call ", connections, cores,
                cores * 1000 / (server + database)) + Format.latency(flows));
        t.check("(1) errors in the calls", Long.toString(flows.errors()), Format.firstError(flows), "0", flows.errors() == 0);
        t.check("(1) calls complete in the log", flowsComplete + " of " + flowsStarted,
                "voicemail, ended, 3 XML steps, every webhook's timeline entries", "all", flowsComplete == flowsStarted);
    }

    /** (2): the answer against the floor of any durable webhook, and the framework and its own SQL for reference. */
    private void answerAndFloor(Results t) {
        LoadResult answer = phases.get("answer");
        LoadResult floor = phases.get("floor");
        t.add("(2) answer webhook, " + connections + " connections", Format.rate(answer, "req/s"),
                Format.latency(answer) + "; signed, fresh CallUUID, random line of " + Bench.DIRECTORY);
        t.add("(2) durable-webhook floor, " + connections + " connections", Format.rate(floor, "tx/s"), Format.latency(floor)
                + "; JDBC: a line by SIP URI, one row inserted, commit (fsync on)");
        double vsFloor = answer.medianRate() / floor.medianRate();
        t.check("(2) answer / floor", Format.percent(vsFloor), "", ">= 40%", vsFloor >= 0.4);
        LoadResult few = phases.get("few");
        t.add("(2) answer webhook, " + Bench.FEW + " connections", Format.rate(few, "req/s"), Format.latency(few)
                + "; the time one answer takes when calls do not queue for the cores");
        t.add("(2) framework: GET unknown path (404)", Format.rate(phases.get("404"), "req/s"),
                Format.latency(phases.get("404")) + "; Javalin's 404, no handler of ours, no database");
        t.add("(2) framework: unsigned POST /plivo/answer (403)", Format.rate(phases.get("403"), "req/s"),
                Format.latency(phases.get("403")) + "; form parsed, refused by the signature check, no database");
        LoadResult database = phases.get("database");
        t.add("(2) answer's own SQL over JDBC, " + connections + " connections", Format.rate(database, "tx/s"), Format.latency(database)
                + "; the answer's statements as the DAOs write them, one transaction, no HTTP; answer / this: "
                + Format.percent(answer.medianRate() / database.medianRate()));
    }

    /** (3): latency at a fixed arrival rate, and the highest rate that keeps p99 under 50 ms. */
    private void openLoopRows(Results t) {
        if (openLoop.isEmpty()) return;
        OpenLoad.Result half = openLoop.get(0);
        t.check(String.format("(3) open loop at half the answer's maximum (%,.0f webhooks/s)", half.webhookRate()),
                Format.ms(half.worstP99Ms()), String.format("the worse p99; answer p50 %s, p99 %s; Dial action p50 %s, p99 %s;"
                        + " %d connections", Format.ms(half.answerMs(50)), Format.ms(half.answerMs(99)), Format.ms(half.dialMs(50)),
                        Format.ms(half.dialMs(99)), OpenLoad.CONNECTIONS), "p99 < 20 ms", half.worstP99Ms() < 20);
        double best = openLoop.stream().filter(r -> r.worstP99Ms() < 50).mapToDouble(OpenLoad.Result::webhookRate).max().orElse(0);
        String tried = openLoop.stream().map(r -> String.format("%,.0f/s: %s", r.webhookRate(), Format.ms(r.worstP99Ms())))
                .collect(java.util.stream.Collectors.joining(", "));
        t.add("(3) highest offered rate with p99 < 50 ms", String.format("%,.0f webhooks/s", best), "p99 at each rate tried: " + tried);
    }

    /** (4): the answer and the log's pages once the log holds a year, and the directory's growth. */
    private void growthRows(Results t) {
        int largest = growth.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        LoadResult grown = phases.get("grown log");
        if (grown != null) {
            double ratio = grown.percentileMs(50) / growth.get(largest).percentileMs(50);
            t.check(String.format("(4) answer p50, log of %,d calls / of %,d", logAfter, logBefore), String.format("%.2f", ratio),
                    String.format("%s against %s; %,d lines, %,d contacts", Format.ms(grown.percentileMs(50)),
                            Format.ms(growth.get(largest).percentileMs(50)), largest, contacts), "<= 1.3", ratio <= 1.3);
            pageRow(t, "first page", phases.get("calls first page"));
            pageRow(t, "a filtered page (status and line)", phases.get("calls filtered page"));
        }
        if (reports != null) ReportBench.add(t, reports);
        growth.forEach((size, r) -> t.add(String.format("(4) answer p50, directory of %,d", size),
                Format.ms(r.percentileMs(50)), Format.rate(r, "req/s") + ", p99 " + Format.ms(r.percentileMs(99))));
        double ratio = growth.get(largest).percentileMs(50) / growth.get(10).percentileMs(50);
        t.check(String.format("(4) p50(%,d lines) / p50(10)", largest), String.format("%.2f", ratio), "", "<= 1.5", ratio <= 1.5);
        LoadResult known = phases.get("known callers");
        double knownRatio = known.percentileMs(50) / growth.get(largest).percentileMs(50);
        t.check(String.format("(4) p50(known caller among %,d contacts) / p50(%,d lines)", contacts, largest),
                String.format("%.2f", knownRatio), Format.ms(known.percentileMs(50)) + "; the contact found by number, named on the Dial",
                "<= 1.5", knownRatio <= 1.5);
        t.check(String.format("(4) lookups reading a whole table, directory of %,d", largest),
                sequentialScans.isEmpty() ? "none" : String.join(", ", sequentialScans),
                "EXPLAIN of DirectoryDao's lookups and the contact lookup", "none", sequentialScans.isEmpty());
    }

    private void pageRow(Results t, String which, LoadResult r) {
        t.check("(4) GET /api/calls, " + which + ", p95", Format.ms(r.percentileMs(95)), String.format("one connection,"
                + " %,d calls in the log; p50 %s", logAfter, Format.ms(r.percentileMs(50))), "< 50 ms", r.percentileMs(95) < 50);
    }

    /** (6): what the live board costs: the answer's CPU with boards following, per event they received. */
    private void fanOut(Results t) {
        LoadResult watched = phases.get("boards");
        if (watched == null) return;
        double with = watched.cpuMsPerOp().get("server") + watched.cpuMsPerOp().get("PostgreSQL");
        LoadResult alone = phases.get("answer");
        double without = alone.cpuMsPerOp().get("server") + alone.cpuMsPerOp().get("PostgreSQL");
        double eventsPerAnswer = (double) boardEvents / Math.max(1, watched.operations());
        String perEvent = boardEvents == 0 ? "no events" : with <= without ? "within the noise"
                : Format.ms((with - without) / eventsPerAnswer);
        t.add(String.format("(6) dashboard fan-out: CPU per event, %d boards", boards), perEvent, String.format("server +"
                + " PostgreSQL per answer %.3f ms with the boards, %.3f ms without; %.2f events per answer reached them (each a part"
                + " read once and rendered for every board; changes that come together are sent together)", with, without,
                eventsPerAnswer));
    }

    /** What one waiting caller costs per wait step, and how many waiting callers the cores carry at one step per 30 s. */
    private void queueRows(Results t) {
        LoadResult joins = phases.get("queue joins");
        LoadResult steps = phases.get("queue steps");
        LoadResult pass = phases.get("queue pass");
        t.add("(6) queue: join, everyone busy", Format.rate(joins, "joins/s"), String.format("p50 %s, p99 %s; %,d callers, "
                + "answer: tiers skipped, the caller joins, its first wait step stored", Format.ms(joins.percentileMs(50)),
                Format.ms(joins.percentileMs(99)), queueWaiting));
        t.add(String.format("(6) queue: wait step, %,d waiting, %d connections", queueWaiting, connections),
                Format.rate(steps, "steps/s"), Format.latency(steps) + "; a caller's Redirect: timeout check, members locked, "
                        + "nobody free, position and estimate, the next step stored");
        double server = steps.cpuMsPerOp().get("server");
        double database = steps.cpuMsPerOp().get("PostgreSQL");
        double perStep = server + database;
        t.add("(6) queue: CPU per wait step (a waiting caller's Redirect)", Format.ms(perStep),
                String.format("server %.3f ms + PostgreSQL %.3f ms", server, database));
        double passMs = pass.cpuMsPerOp().get("PostgreSQL");
        t.add(String.format("(6) queue: dispatcher pass, %,d waiting, nobody free", queueWaiting), Format.ms(passMs),
                "PostgreSQL CPU per pass (QueueDao.candidates); one a second per instance, only with Plivo credentials");
        int cores = Runtime.getRuntime().availableProcessors();
        t.add(String.format("(6) queue: waiting callers %d cores sustain at one step per 30 s", cores),
                String.format("%,.0f", 30 * 1000.0 * cores / perStep), String.format("30 s x %d cores / CPU per wait step; with the "
                        + "dispatcher's pass every second: %,.0f; closed loop here, load generator on the same cores: %,.0f steps/s, "
                        + "%,.0f callers", cores, 30 * (1000.0 * cores - passMs) / perStep, steps.medianRate(), 30 * steps.medianRate()));
    }

    private void xmlRow(Results t, String doc, String what) {
        double ours = Double.parseDouble(xml.getProperty(doc + ".ours.median"));
        double plivo = Double.parseDouble(xml.getProperty(doc + ".plivo.median"));
        t.check("XML " + doc + ": plivo-java / ours", String.format("%,.0fx", plivo / ours), String.format(
                "%s: ours %.2f us (%s-%s), plivo-java toXmlString %,.0f us (%s-%s)", what, ours / 1000,
                Format.us(xml, doc + ".ours.min"), Format.us(xml, doc + ".ours.max"), plivo / 1000, Format.us(xml, doc + ".plivo.min"),
                Format.us(xml, doc + ".plivo.max")), ">= 20x", plivo / ours >= 20);
    }
}
