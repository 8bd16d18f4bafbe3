package switchboard.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open-loop load: calls arrive at a constant rate whatever the server's pace, as Plivo's callers do. Call i is due
 * at start + i / rate; a pool of connections takes the calls in turn, and each webhook's latency counts from when it
 * was due (the answer) or sent (the Dial action after it), so a call kept waiting by a slow server counts its wait.
 * Each call posts its answer, then a Dial action that rings the next tier: the webhook rate is twice the call rate.
 */
final class OpenLoad {
    static final int CONNECTIONS = 64;

    /** The latencies of one run, sorted: the answers' and the Dial actions'; how many webhooks failed. */
    record Result(double webhookRate, long[] answerNanos, long[] dialNanos, long errors, String firstError) {
        double answerMs(double p) {
            return percentile(answerNanos, p);
        }

        double dialMs(double p) {
            return percentile(dialNanos, p);
        }

        double worstP99Ms() {
            return Math.max(answerMs(99), dialMs(99));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
        }
    }

    private OpenLoad() {}

    /** Offers webhooks at {@code webhookRate} per second: {@code warmUp} seconds not counted, then {@code seconds} counted. */
    static Result run(int port, Webhooks hooks, BenchDirectory directory, double webhookRate, double warmUp, double seconds)
            throws Exception {
        double callRate = webhookRate / 2;
        long start = System.nanoTime() + 50_000_000;
        long measureFrom = start + (long) (warmUp * 1e9);
        long calls = (long) ((warmUp + seconds) * callRate);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Samples> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            Samples taken = new Samples((int) (calls / CONNECTIONS * 3 + 16));
            samples.add(taken);
            HttpConnection c = new HttpConnection(port);
            threads.add(new Thread(() -> {
                HttpConnection connection = c;
                for (long i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    long due = start + (long) (i * 1e9 / callRate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) sleep(wait);
                    Webhooks.Call call = Webhooks.Call.to(directory.randomLine());
                    try {
                        HttpWorkers.is(hooks.answer(connection, call), "<Dial");
                        long answered = System.nanoTime();
                        HttpWorkers.is(hooks.dialAction(connection, call, 0, "no-answer"), "<Dial");
                        long dialled = System.nanoTime();
                        if (due >= measureFrom) taken.add(answered - due, dialled - answered);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                        close(connection);
                        connection = reconnect(port);
                    }
                }
                close(connection);
            }, "open-load-" + w));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        long[] answer = samples.stream().flatMapToLong(t -> Arrays.stream(t.answer, 0, t.size)).sorted().toArray();
        long[] dial = samples.stream().flatMapToLong(t -> Arrays.stream(t.dial, 0, t.size)).sorted().toArray();
        return new Result(webhookRate, answer, dial, errors.get(), firstError.get());
    }

    /** One connection's latencies: each counted call's answer and Dial action. */
    private static final class Samples {
        final long[] answer;
        final long[] dial;
        int size;

        Samples(int capacity) {
            answer = new long[capacity];
            dial = new long[capacity];
        }

        void add(long answerNanos, long dialNanos) {
            if (size == answer.length) return; // more calls than a fair share: the rest are not counted
            answer[size] = answerNanos;
            dial[size++] = dialNanos;
        }
    }

    private static void close(HttpConnection c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // a broken connection may fail to close; it is dropped either way
        }
    }

    private static HttpConnection reconnect(int port) {
        try {
            return new HttpConnection(port);
        } catch (IOException e) {
            throw new IllegalStateException("could not reconnect", e);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
