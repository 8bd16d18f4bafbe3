package switchboard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Turns the measurements into the results table and checks each against the target. */
final class Report {
    private final int connections;
    private final Map<String, Load.Result> phases = new LinkedHashMap<>();
    private final Map<Integer, Load.Result> growth = new LinkedHashMap<>();
    private long flowsStarted;
    private long flowsComplete;
    private long peakRssKb;
    private Properties xml;
    private Map<String, Load.Result> cpu = Map.of();
    private long warmUpErrors;
    private String warmUpFirstError;
    private List<String> sequentialScans = List.of();

    Report(int connections) {
        this.connections = connections;
    }

    /** Errors while the server warms up are noted but do not count: its JIT has not compiled the code yet. */
    void warmUp(Load.Result r) {
        warmUpErrors += r.errors();
        if (warmUpFirstError == null) warmUpFirstError = r.firstError();
    }

    void framework404(Load.Result r) { phases.put("404", r); }

    void framework403(Load.Result r) { phases.put("403", r); }

    void database(Load.Result r) { phases.put("database", r); }

    void answer(Load.Result r) { phases.put("answer", r); }

    void answerUnqueued(Load.Result r) { phases.put("few", r); }

    void flows(Load.Result r, long started, long complete, long peakRssKb) {
        phases.put("flows", r);
        this.flowsStarted = started;
        this.flowsComplete = complete;
        this.peakRssKb = peakRssKb;
    }

    void growth(int size, Load.Result r) {
        growth.put(size, r);
        phases.putIfAbsent("directory of " + size, r);
    }

    void xml(Properties xml) { this.xml = xml; }

    void sequentialScans(List<String> lookups) { sequentialScans = lookups; }

    /** Every phase by name, for the table of CPU time per operation. */
    void cpu(Map<String, Load.Result> phasesByName) { this.cpu = phasesByName; }

    /** Something failed that is not a matter of speed: a request, or a call missing from the log. */
    boolean broken() {
        return phases.values().stream().anyMatch(r -> r.errors() > 0) || flowsComplete != flowsStarted;
    }

    Results results() {
        Results t = new Results();
        Load.Result answer = phases.get("answer");
        Load.Result database = phases.get("database");
        Load.Result flows = phases.get("flows");
        double framework = Math.max(phases.get("404").medianRate(), phases.get("403").medianRate());
        t.add("(1) answer webhook, " + connections + " connections", rate(answer, "req/s"),
                latency(answer) + "; signed, fresh CallUUID, random line of " + Bench.DIRECTORY);
        t.check("(1) answer p99", ms(answer.percentileMs(99)), "", "< 20 ms", answer.percentileMs(99) < 20);
        Load.Result few = phases.get("few");
        t.add("(1) answer webhook, " + Bench.FEW + " connections", rate(few, "req/s"), latency(few)
                + "; the time one answer takes when calls do not queue for the cores");
        t.add("(2) framework: GET unknown path (404)", rate(phases.get("404"), "req/s"),
                latency(phases.get("404")) + "; Javalin's 404, no handler of ours, no database");
        t.add("(2) framework: unsigned POST /plivo/answer (403)", rate(phases.get("403"), "req/s"),
                latency(phases.get("403")) + "; form parsed, refused by the signature check, no database");
        t.add("(2) database: answer's SQL over JDBC, " + connections + " connections", rate(database, "tx/s"), latency(database)
                + "; line, insert call, lock, routing, step, 2 events, commit; plain JDBC, no HTTP");
        double vsDatabase = answer.medianRate() / database.medianRate();
        t.check("(2) answer / database ceiling", percent(vsDatabase), "", ">= 50%", vsDatabase >= 0.5);
        t.add("(2) answer / framework ceiling", percent(answer.medianRate() / framework), "the faster of 404 and 403");
        t.check("(3) full call flows, " + connections + " connections", rate(flows, "flows/s"), String.format("%,.0f webhooks/s; per flow ",
                flows.medianRate() * 5) + latency(flows), ">= 400/s", flows.medianRate() >= 400);
        t.check("(3) errors in the flows", Long.toString(flows.errors()), firstError(flows), "0", flows.errors() == 0);
        t.check("(3) calls complete in the log", flowsComplete + " of " + flowsStarted,
                "voicemail, ended, 3 XML steps, 8 timeline entries", "all", flowsComplete == flowsStarted);
        t.check("(6) peak RSS of the server", String.format("%.0f MB", peakRssKb / 1024.0),
                "VmHWM since start (through the loads of 1-3), -Xmx256m", "< 350 MB", peakRssKb < 350 * 1024);
        xmlRow(t, "ring", "a tier's Dial, 3 Users");
        xmlRow(t, "voicemail", "Speak + Record");
        growth.forEach((size, r) -> t.add(String.format("(5) answer p50, directory of %,d", size),
                ms(r.percentileMs(50)), rate(r, "req/s") + ", p99 " + ms(r.percentileMs(99))));
        int largest = growth.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double ratio = growth.get(largest).percentileMs(50) / growth.get(10).percentileMs(50);
        t.check(String.format("(5) p50(%,d) / p50(10)", largest), String.format("%.2f", ratio), "", "<= 1.5", ratio <= 1.5);
        t.check(String.format("(5) lookups reading a whole table, directory of %,d", largest),
                sequentialScans.isEmpty() ? "none" : String.join(", ", sequentialScans),
                "EXPLAIN of the line, routing and app lookups", "none", sequentialScans.isEmpty());
        cpu.forEach((name, r) -> t.cpu(name, cpuColumns(r)));
        if (warmUpErrors > 0) t.note("warm-up (not counted): " + warmUpErrors + " failed; first: " + warmUpFirstError);
        phases.forEach((name, r) -> {
            if (r.errors() > 0) t.note(name + ": " + r.errors() + " failed of " + r.operations() + "; first: " + r.firstError());
        });
        return t;
    }

    /**
     * Server, PostgreSQL and load generator in ms per operation; the rest of the machine's busy time is other
     * processes (another build, say), shown as their share of all cores while the phase ran.
     */
    private static Map<String, String> cpuColumns(Load.Result r) {
        Map<String, Double> ms = r.cpuMsPerOp();
        double ours = ms.get("server") + ms.get("PostgreSQL") + ms.get("load generator");
        double others = Math.max(0, ms.get("machine") - ours) * r.medianRate() / 1000 / Runtime.getRuntime().availableProcessors();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String process : List.of("server", "PostgreSQL", "load generator")) {
            columns.put(process, String.format("%.3f ms", ms.get(process)));
        }
        columns.put("other processes", String.format("%.0f%% of the cores", Math.min(100, others * 100)));
        return columns;
    }

    private void xmlRow(Results t, String doc, String what) {
        double ours = Double.parseDouble(xml.getProperty(doc + ".ours.median"));
        double plivo = Double.parseDouble(xml.getProperty(doc + ".plivo.median"));
        t.check("(4) XML " + doc + ": plivo-java / ours", String.format("%,.0fx", plivo / ours), String.format(
                "%s: ours %.2f us (%s-%s), plivo-java toXmlString %,.0f us (%s-%s)", what, ours / 1000,
                us(xml, doc + ".ours.min"), us(xml, doc + ".ours.max"), plivo / 1000, us(xml, doc + ".plivo.min"),
                us(xml, doc + ".plivo.max")), ">= 20x", plivo / ours >= 20);
    }

    private static String us(Properties p, String key) {
        double ns = Double.parseDouble(p.getProperty(key));
        return ns >= 100_000 ? String.format("%,.0f", ns / 1000) : String.format("%.2f", ns / 1000);
    }

    private static String rate(Load.Result r, String unit) {
        return String.format("%,.0f %s", r.medianRate(), unit);
    }

    private static String latency(Load.Result r) {
        return String.format("p50 %s, p99 %s; rounds %,.0f-%,.0f/s", ms(r.percentileMs(50)), ms(r.percentileMs(99)),
                r.minRate(), r.maxRate());
    }

    private static String ms(double ms) {
        return String.format("%.2f ms", ms);
    }

    private static String percent(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }

    private static String firstError(Load.Result r) {
        return r.firstError() == null ? "" : "first: " + r.firstError().replace('|', '/').replace('\n', ' ');
    }
}
