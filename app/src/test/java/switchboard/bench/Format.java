package switchboard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** How the report writes numbers. */
final class Format {
    private Format() {}

    /**
     * Server, PostgreSQL and load generator in ms per operation; the rest of the machine's busy time is other
     * processes (another build, say), shown as their share of all cores while the phase ran.
     */
    static Map<String, String> cpuColumns(LoadResult r) {
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

    static String us(Properties p, String key) {
        double ns = Double.parseDouble(p.getProperty(key));
        return ns >= 100_000 ? String.format("%,.0f", ns / 1000) : String.format("%.2f", ns / 1000);
    }

    static String rate(LoadResult r, String unit) {
        return String.format("%,.0f %s", r.medianRate(), unit);
    }

    static String latency(LoadResult r) {
        return String.format("p50 %s, p99 %s; rounds %,.0f-%,.0f/s", ms(r.percentileMs(50)), ms(r.percentileMs(99)),
                r.minRate(), r.maxRate());
    }

    static String ms(double ms) {
        return String.format("%.2f ms", ms);
    }

    static String percent(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }

    static String firstError(LoadResult r) {
        return r.firstError() == null ? "" : "first: " + r.firstError().replace('|', '/').replace('\n', ' ');
    }
}
