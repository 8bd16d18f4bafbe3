package switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * CPU time used by a process (or a process and its children), from /proc. Dividing it by the operations of
 * a round says what one operation cost the server, PostgreSQL and the load generator, a figure that stays
 * meaningful even when something else on the machine slows the round down.
 */
final class Cpu {
    private Cpu() {}

    /** Milliseconds of CPU the process has used so far (user + system). */
    static LongSupplier process(long pid, int clockTicksPerSecond) {
        return () -> ticks(pid) * 1000 / clockTicksPerSecond;
    }

    /**
     * The same for a process and its children: PostgreSQL runs one process per connection, and short-lived
     * ones (autovacuum workers) whose time the parent collects when they exit.
     */
    static LongSupplier tree(long pid, int clockTicksPerSecond) {
        return () -> {
            long[] root = stat(pid);
            long ticks = root[0] + root[1] + root[2] + root[3];
            for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
                long[] c = stat(child.pid());
                ticks += c[0] + c[1];
            }
            return ticks * 1000 / clockTicksPerSecond;
        };
    }

    /** Milliseconds of CPU the JVM's JIT compiler threads have used so far: while they work, the JVM is not warm. */
    static LongSupplier jitCompiler(long pid, int clockTicksPerSecond) {
        return () -> {
            long ticks = 0;
            try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
                for (Path thread : threads.toList()) {
                    String name = Files.readString(thread.resolve("comm")).trim();
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        ticks += ticks(Path.of(thread.toString(), "stat"));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // a thread ended while we listed them: count what we have
            }
            return ticks * 1000 / clockTicksPerSecond;
        };
    }

    /** Milliseconds of CPU every process on the machine has used so far (user, nice, system, irq, softirq). */
    static LongSupplier machine(int clockTicksPerSecond) {
        return () -> {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]);
                return busy * 1000 / clockTicksPerSecond;
            } catch (IOException e) {
                return 0;
            }
        };
    }

    /** Milliseconds of CPU one process has used so far in user and in system (kernel) mode, or 0 once it has exited. */
    static long[] processUserSystemMs(long pid, int clockTicksPerSecond) {
        long[] s = stat(pid);
        return new long[] {s[0] * 1000 / clockTicksPerSecond, s[1] * 1000 / clockTicksPerSecond};
    }

    /** Milliseconds of CPU a process's exited children have used (their time is collected into the parent's). */
    static long exitedChildrenMs(long pid, int clockTicksPerSecond) {
        long[] s = stat(pid);
        return (s[2] + s[3]) * 1000 / clockTicksPerSecond;
    }

    private static long ticks(long pid) {
        long[] s = stat(pid);
        return s[0] + s[1];
    }

    private static long ticks(Path statFile) {
        long[] s = stat(statFile);
        return s[0] + s[1];
    }

    private static long[] stat(long pid) {
        return stat(Path.of("/proc/" + pid + "/stat"));
    }

    /** utime, stime, and the exited children's cutime, cstime (fields 14 to 17 of a stat file). */
    private static long[] stat(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException gone) {
            return new long[4]; // the process has exited
        }
    }
}
