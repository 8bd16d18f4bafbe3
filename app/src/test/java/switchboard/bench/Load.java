package switchboard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Closed-loop load, as wrk does it: each worker starts its next operation as soon as the last one returned.
 * A warm-up (not counted) is followed by several equal rounds; the spread between rounds shows how
 * steady the machine was.
 */
final class Load {
    /** One connection's worth of work; once() runs one operation and says whether it succeeded. */
    interface Worker extends AutoCloseable {
        boolean once() throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface WorkerFactory {
        Worker open() throws Exception;
    }

    record Plan(int workers, double warmupSeconds, int rounds, double roundSeconds) {}

    private final Plan plan;
    private final WorkerFactory factory;
    private final long measureFrom;
    private final long end;
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    // Connections stay open until the CPU has been read: PostgreSQL's time for a closed one is lost.
    private final CountDownLatch mayClose = new CountDownLatch(1);

    private Load(Plan plan, WorkerFactory factory) {
        this.plan = plan;
        this.factory = factory;
        this.measureFrom = System.nanoTime() + (long) (plan.warmupSeconds() * 1e9);
        this.end = measureFrom + (long) (plan.rounds() * plan.roundSeconds() * 1e9);
    }

    /** cpu: for each process of interest, its CPU time so far in ms, read when the rounds start and end. */
    static LoadResult run(Plan plan, WorkerFactory factory, Map<String, LongSupplier> cpu) throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < plan.workers(); i++) workers.add(factory.open());
        Load load = new Load(plan, factory);
        List<Samples> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Worker w : workers) {
            Samples s = new Samples();
            samples.add(s);
            threads.add(new Thread(() -> load.loop(w, s), "load-" + threads.size()));
        }
        threads.forEach(Thread::start);
        long[] cpuAtStart = readAll(cpu, load.measureFrom);
        long firstRead = System.nanoTime();
        long[] cpuAtEnd = readAll(cpu, load.end);
        long lastRead = System.nanoTime();
        load.mayClose.countDown();
        for (Thread t : threads) t.join();
        return load.result(samples, cpu.keySet().toArray(String[]::new), cpuAtStart, cpuAtEnd, firstRead, lastRead);
    }

    private void loop(Worker worker, Samples samples) {
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = worker.once();
            } catch (Exception e) {
                ok = false;
                firstError.compareAndSet(null, e.toString());
                worker = reopen(worker);
            }
            long t1 = System.nanoTime();
            operations.incrementAndGet();
            if (!ok) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, "operation failed");
            }
            if (t1 >= measureFrom && t1 < end) samples.add(t1, t1 - t0);
        }
        try {
            mayClose.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close(worker);
    }

    private LoadResult result(List<Samples> samples, String[] processes, long[] cpuAtStart, long[] cpuAtEnd,
                          long firstRead, long lastRead) {
        long roundNanos = (long) (plan.roundSeconds() * 1e9);
        long[] counts = new long[plan.rounds()];
        long betweenReads = 0; // a busy machine may read the CPU late: count what ran between the reads
        List<long[]> latencies = new ArrayList<>();
        for (Samples s : samples) {
            for (int i = 0; i < s.size; i++) {
                counts[(int) ((s.at[i] - measureFrom) / roundNanos)]++;
                if (s.at[i] >= firstRead && s.at[i] <= lastRead) betweenReads++;
            }
            latencies.add(Arrays.copyOf(s.latency, s.size));
        }
        Map<String, Double> cpuPerOp = new LinkedHashMap<>();
        for (int i = 0; i < processes.length; i++) {
            cpuPerOp.put(processes[i], (double) (cpuAtEnd[i] - cpuAtStart[i]) / Math.max(1, betweenReads));
        }
        return new LoadResult(Arrays.stream(counts).mapToDouble(c -> c / plan.roundSeconds()).toArray(),
                latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray(), operations.get(), errors.get(),
                firstError.get(), cpuPerOp);
    }

    /** Waits until the given moment, then reads every CPU counter. */
    private static long[] readAll(Map<String, LongSupplier> cpu, long atNanos) throws InterruptedException {
        long wait = atNanos - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        return cpu.values().stream().mapToLong(LongSupplier::getAsLong).toArray();
    }

    private Worker reopen(Worker broken) {
        close(broken);
        try {
            return factory.open();
        } catch (Exception e) {
            throw new IllegalStateException("could not reconnect", e);
        }
    }

    private static void close(Worker w) {
        try {
            w.close();
        } catch (Exception ignored) {
            // a broken connection may fail to close; it is dropped either way
        }
    }

    /** One worker's measurements: when each operation ended (System.nanoTime) and how long it took. */
    private static final class Samples {
        long[] at = new long[1024];
        long[] latency = new long[1024];
        int size;

        void add(long when, long nanos) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                latency = Arrays.copyOf(latency, size * 2);
            }
            at[size] = when;
            latency[size++] = nanos;
        }
    }
}
