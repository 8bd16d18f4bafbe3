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
                || RotaRows.broken(rota);
    }

    Results results() {
        Results t = new Results();
        LoadResult answer = phases.get("answer");
        LoadResult database = phases.get("database");
        LoadResult flows = phases.get("flows");
        double framework = Math.max(phases.get("404").medianRate(), phases.get("403").medianRate());
        t.add("(1) answer webhook, " + connections + " connections", Format.rate(answer, "req/s"),
                Format.latency(answer) + "; signed, fresh CallUUID, random line of " + Bench.DIRECTORY);
        t.check("(1) answer p99", Format.ms(answer.percentileMs(99)), "", "< 20 ms", answer.percentileMs(99) < 20);
        LoadResult few = phases.get("few");
        t.add("(1) answer webhook, " + Bench.FEW + " connections", Format.rate(few, "req/s"), Format.latency(few)
                + "; the time one answer takes when calls do not queue for the cores");
        t.add("(2) framework: GET unknown path (404)", Format.rate(phases.get("404"), "req/s"),
                Format.latency(phases.get("404")) + "; Javalin's 404, no handler of ours, no database");
        t.add("(2) framework: unsigned POST /plivo/answer (403)", Format.rate(phases.get("403"), "req/s"),
                Format.latency(phases.get("403")) + "; form parsed, refused by the signature check, no database");
        t.add("(2) database: answer's SQL over JDBC, " + connections + " connections", Format.rate(database, "tx/s"), Format.latency(database)
                + "; the answer's statements as the DAOs write them, one transaction, plain JDBC, no HTTP");
        double vsDatabase = answer.medianRate() / database.medianRate();
        t.check("(2) answer / database ceiling", Format.percent(vsDatabase), "", ">= 50%", vsDatabase >= 0.5);
        t.add("(2) answer / framework ceiling", Format.percent(answer.medianRate() / framework), "the faster of 404 and 403");
        t.check("(3) full call flows, " + connections + " connections", Format.rate(flows, "flows/s"), String.format("%,.0f webhooks/s; per flow ",
                flows.medianRate() * 5) + Format.latency(flows), ">= 400/s", flows.medianRate() >= 400);
        t.check("(3) errors in the flows", Long.toString(flows.errors()), Format.firstError(flows), "0", flows.errors() == 0);
        t.check("(3) calls complete in the log", flowsComplete + " of " + flowsStarted,
                "voicemail, ended, 3 XML steps, every webhook's timeline entries", "all", flowsComplete == flowsStarted);
        t.check("(6) peak RSS of the server", String.format("%.0f MB", peakRssKb / 1024.0),
                "VmHWM since the server started, read after the flows; -Xmx256m", "< 350 MB", peakRssKb < 350 * 1024);
        if (phases.containsKey("queue steps")) queueRows(t);
        xmlRow(t, "ring", "a tier's Dial, 3 Users");
        xmlRow(t, "voicemail", "Speak + Record");
        growth.forEach((size, r) -> t.add(String.format("(5) answer p50, directory of %,d", size),
                Format.ms(r.percentileMs(50)), Format.rate(r, "req/s") + ", p99 " + Format.ms(r.percentileMs(99))));
        int largest = growth.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double ratio = growth.get(largest).percentileMs(50) / growth.get(10).percentileMs(50);
        t.check(String.format("(5) p50(%,d) / p50(10)", largest), String.format("%.2f", ratio), "", "<= 1.5", ratio <= 1.5);
        LoadResult known = phases.get("known callers");
        double knownRatio = known.percentileMs(50) / growth.get(largest).percentileMs(50);
        t.add(String.format("(5) answer p50, known caller among %,d contacts", contacts), Format.ms(known.percentileMs(50)),
                Format.rate(known, "req/s") + ", p99 " + Format.ms(known.percentileMs(99)) + "; the contact found by number, named on the Dial");
        t.check(String.format("(5) p50(known caller) / p50(directory of %,d)", largest), String.format("%.2f", knownRatio),
                "what knowing the caller costs the answer", "<= 1.5", knownRatio <= 1.5);
        t.check(String.format("(5) lookups reading a whole table, directory of %,d", largest),
                sequentialScans.isEmpty() ? "none" : String.join(", ", sequentialScans),
                "EXPLAIN of DirectoryDao's lookups and the contact lookup", "none", sequentialScans.isEmpty());
        RotaRows.add(t, rota);
        if (reports != null) ReportBench.add(t, reports);
        cpu.forEach((name, r) -> t.cpu(name, Format.cpuColumns(r)));
        if (warmUpErrors > 0) t.note("warm-up (not counted): " + warmUpErrors + " failed; first: " + warmUpFirstError);
        phases.forEach((name, r) -> {
            if (r.errors() > 0) t.note(name + ": " + r.errors() + " failed of " + r.operations() + "; first: " + r.firstError());
        });
        return t;
    }

    /** What one waiting caller costs per wait step, and how many waiting callers the cores carry at one step per 30 s. */
    private void queueRows(Results t) {
        LoadResult joins = phases.get("queue joins");
        LoadResult steps = phases.get("queue steps");
        LoadResult pass = phases.get("queue pass");
        t.add("(7) queue: join, everyone busy", Format.rate(joins, "joins/s"), String.format("p50 %s, p99 %s; %,d callers, "
                + "answer: tiers skipped, the caller joins, its first wait step stored", Format.ms(joins.percentileMs(50)),
                Format.ms(joins.percentileMs(99)), queueWaiting));
        t.add(String.format("(7) queue: wait step, %,d waiting, %d connections", queueWaiting, connections),
                Format.rate(steps, "steps/s"), Format.latency(steps) + "; a caller's Redirect: timeout check, members locked, "
                        + "nobody free, position and estimate, the next step stored");
        double server = steps.cpuMsPerOp().get("server");
        double database = steps.cpuMsPerOp().get("PostgreSQL");
        double perStep = server + database;
        t.add("(7) queue: CPU per waiting caller per wait step", Format.ms(perStep),
                String.format("server %.3f ms + PostgreSQL %.3f ms", server, database));
        double passMs = pass.cpuMsPerOp().get("PostgreSQL");
        t.add(String.format("(7) queue: dispatcher pass, %,d waiting, nobody free", queueWaiting), Format.ms(passMs),
                "PostgreSQL CPU per pass (QueueDao.candidates); one a second per instance, only with Plivo credentials");
        int cores = Runtime.getRuntime().availableProcessors();
        t.add(String.format("(7) queue: waiting callers %d cores sustain at one step per 30 s", cores),
                String.format("%,.0f", 30 * 1000.0 * cores / perStep), String.format("30 s x %d cores / CPU per wait step; with the "
                        + "dispatcher's pass every second: %,.0f; closed loop here, load generator on the same cores: %,.0f steps/s, "
                        + "%,.0f callers", cores, 30 * (1000.0 * cores - passMs) / perStep, steps.medianRate(), 30 * steps.medianRate()));
    }

    private void xmlRow(Results t, String doc, String what) {
        double ours = Double.parseDouble(xml.getProperty(doc + ".ours.median"));
        double plivo = Double.parseDouble(xml.getProperty(doc + ".plivo.median"));
        t.check("(4) XML " + doc + ": plivo-java / ours", String.format("%,.0fx", plivo / ours), String.format(
                "%s: ours %.2f us (%s-%s), plivo-java toXmlString %,.0f us (%s-%s)", what, ours / 1000,
                Format.us(xml, doc + ".ours.min"), Format.us(xml, doc + ".ours.max"), plivo / 1000, Format.us(xml, doc + ".plivo.min"),
                Format.us(xml, doc + ".plivo.max")), ">= 20x", plivo / ours >= 20);
    }
}
