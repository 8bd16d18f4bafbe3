package switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results table: one row per measurement, with its target and verdict when it has one. */
final class Results {
    record Row(String measurement, String value, String detail, String target, String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Map<String, String>> cpu = new LinkedHashMap<>();

    void add(String measurement, String value, String detail) {
        rows.add(new Row(measurement, value, detail, "", ""));
    }

    void check(String measurement, String value, String detail, String target, boolean pass) {
        rows.add(new Row(measurement, value, detail, target, pass ? "pass" : "FAIL"));
    }

    /** What one operation of a phase cost each process (CPU milliseconds), and how busy the rest of the machine was. */
    void cpu(String phase, Map<String, String> columns) {
        cpu.put(phase, columns);
    }

    void note(String note) {
        notes.add(note);
    }

    long failures() {
        return rows.stream().filter(r -> r.verdict().equals("FAIL")).count();
    }

    String markdown(String title, List<String> machine) {
        StringBuilder b = new StringBuilder("### ").append(title).append("\n\n");
        machine.forEach(m -> b.append("- ").append(m).append('\n'));
        b.append("\n| measurement | value | detail | target | |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(String.join(" | ", r.measurement(), r.value(), r.detail(), r.target(), r.verdict()))
                    .append(" |\n");
        }
        if (!notes.isEmpty()) b.append('\n');
        notes.forEach(n -> b.append("- ").append(n).append('\n'));
        if (cpu.isEmpty()) return b.toString();
        List<String> processes = List.copyOf(cpu.values().iterator().next().keySet());
        b.append("\nCPU time per operation, measured over the same rounds:\n\n| operation | ")
                .append(String.join(" | ", processes)).append(" |\n|---|").append("---:|".repeat(processes.size()))
                .append('\n');
        cpu.forEach((phase, ms) -> {
            b.append("| ").append(phase);
            processes.forEach(p -> b.append(" | ").append(ms.get(p)));
            b.append(" |\n");
        });
        return b.toString();
    }

    String csv() {
        StringBuilder b = new StringBuilder("measurement,value,detail,target,verdict\n");
        for (Row r : rows) {
            b.append(String.join(",", quote(r.measurement()), quote(r.value()), quote(r.detail()), quote(r.target()),
                    quote(r.verdict()))).append('\n');
        }
        cpu.forEach((phase, ms) -> ms.forEach((process, v) -> b.append(String.join(",",
                quote("CPU per operation: " + phase + ": " + process), quote(v), "", "", ""))
                .append('\n')));
        return b.toString();
    }

    /** The table as plain text for the terminal, columns padded. */
    String text() {
        int[] w = {11, 5, 6, 6};
        for (Row r : rows) {
            w[0] = Math.max(w[0], r.measurement().length());
            w[1] = Math.max(w[1], r.value().length());
            w[2] = Math.max(w[2], r.detail().length());
            w[3] = Math.max(w[3], r.target().length());
        }
        String format = "%-" + w[0] + "s  %" + w[1] + "s  %-" + w[2] + "s  %-" + w[3] + "s  %s%n";
        StringBuilder b = new StringBuilder(String.format(format, "measurement", "value", "detail", "target", ""));
        for (Row r : rows) b.append(String.format(format, r.measurement(), r.value(), r.detail(), r.target(), r.verdict()));
        notes.forEach(n -> b.append("* ").append(n).append('\n'));
        b.append("\nCPU time per operation:\n");
        cpu.forEach((phase, ms) -> {
            b.append(String.format("  %-46s", phase));
            ms.forEach((process, v) -> b.append(String.format("  %s %s", process, v)));
            b.append('\n');
        });
        return b.toString();
    }

    void write(Path dir, String title, List<String> machine) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown(title, machine));
        Files.writeString(dir.resolve("results.csv"), csv());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
