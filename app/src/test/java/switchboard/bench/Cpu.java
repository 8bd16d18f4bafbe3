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

    private static long ticks(long pid) {
        long[] s = stat(pid);
        return s[0] + s[1];
    }

    /** utime, stime, and the exited children's cutime, cstime (fields 14 to 17 of /proc/PID/stat). */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException gone) {
            return new long[4]; // the process has exited
        }
    }
}
