package switchboard.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import switchboard.queue.QueueDao;

/**
 * The caller queue under load: callers join lines where everyone is busy, then each operation is one caller's wait
 * step (its Redirect: the announcement, the check for a free user, the next step stored). And the dispatcher's pass
 * over those callers with nobody free, as its own statement over plain JDBC.
 */
final class QueueLoad {
    record Waiter(Webhooks.Call call, int step) {}

    private QueueLoad() {}

    /** Joins {@code callers} callers spread over the lines; returns them waiting at step 0 and what joining cost. */
    static LoadResult fill(int port, Webhooks hooks, List<String> lines, int callers, int connections,
                           Map<String, LongSupplier> cpu, Queue<Waiter> waiting) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[callers];
        long[] before = cpu.values().stream().mapToLong(LongSupplier::getAsLong).toArray();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                done.add(pool.submit(() -> {
                    try (HttpConnection c = new HttpConnection(port)) {
                        for (int i = next.getAndIncrement(); i < callers; i = next.getAndIncrement()) {
                            Webhooks.Call call = Webhooks.Call.to(lines.get(i % lines.size()));
                            long start = System.nanoTime();
                            HttpWorkers.is(hooks.answer(c, call), "<GetDigits", "/plivo/queue/0/next");
                            latencies[i] = System.nanoTime() - start;
                            waiting.add(new Waiter(call, 0));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] after = cpu.values().stream().mapToLong(LongSupplier::getAsLong).toArray();
        Map<String, Double> perJoin = new LinkedHashMap<>();
        int i = 0;
        for (String process : cpu.keySet()) perJoin.put(process, (double) (after[i] - before[i++]) / callers);
        Arrays.sort(latencies);
        return new LoadResult(new double[] {callers / seconds}, latencies, callers, 0, null, perJoin);
    }

    /** One waiting caller's wait step ending: the server answers with the next wait step. */
    static HttpWorkers.Op waitStep(Webhooks hooks, Queue<Waiter> waiting) {
        return c -> {
            Waiter w = waiting.poll();
            if (w == null) throw new IOException("no waiting caller left: fill more");
            HttpWorkers.is(hooks.queueNext(c, w.call(), w.step()), "<GetDigits", "/plivo/queue/" + (w.step() + 1) + "/next");
            waiting.add(new Waiter(w.call(), w.step() + 1));
            return true;
        };
    }

    /** The dispatcher's look for free users and waiting callers (QueueDao.candidates), with everyone busy. */
    static final class DispatchPass implements Load.Worker {
        private static final DaoSql CANDIDATES = DaoSql.of(QueueDao.class, "candidates");
        private final Connection c;

        DispatchPass(BenchDirectory directory) throws SQLException {
            this.c = directory.connect();
        }

        @Override
        public boolean once() throws SQLException {
            try (PreparedStatement s = CANDIDATES.prepare(c, Map.of("notWithin", 3)); ResultSet rs = s.executeQuery()) {
                return !rs.next(); // nobody is free: the pass finds nothing to offer
            }
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    static Queue<Waiter> waiting() {
        return new ConcurrentLinkedQueue<>();
    }
}
