package switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What the numbers were measured on, and the server process's memory, from /proc. */
final class Machine {
    private Machine() {}

    static List<String> describe(BenchDirectory db, String loadAverageAtStart) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + procField("/proc/cpuinfo", "model name") + ", "
                + Math.round(kb(procField("/proc/meminfo", "MemTotal")) / 1024.0 / 1024.0) + " GiB RAM, Linux "
                + System.getProperty("os.version"));
        lines.add("Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                + "); server: `" + procfileWeb() + "` (the Procfile's web line), its own process");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            lines.add("PostgreSQL " + one(s, "show server_version") + " (embedded, same machine), synchronous_commit="
                    + one(s, "show synchronous_commit") + ", fsync=" + one(s, "show fsync")
                    + ", shared_buffers=" + one(s, "show shared_buffers"));
        }
        lines.add("load average when the run started: " + loadAverageAtStart
                + " (the server, PostgreSQL and the load generator share these cores)");
        lines.add("run at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", commit "
                + System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        return lines;
    }

    private static String procfileWeb() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("Procfile")).stream().filter(l -> l.startsWith("web: "))
                    .map(l -> l.substring(5)).findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The process's peak resident set size since it started (VmHWM), in kB. */
    static long peakRssKb(long pid) {
        return kb(procField("/proc/" + pid + "/status", "VmHWM"));
    }

    private static String procField(String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(name)) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static long kb(String value) {
        return value.endsWith("kB") ? Long.parseLong(value.replace("kB", "").trim()) : -1;
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
