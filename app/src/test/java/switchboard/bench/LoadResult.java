package switchboard.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * One measurement: rates per round (operations/s); latencies of every measured operation, sorted; CPU
 * milliseconds per measured operation, by process.
 */
record LoadResult(double[] rates, long[] latencyNanos, long operations, long errors, String firstError,
                  Map<String, Double> cpuMsPerOp) {
    double medianRate() {
        double[] r = rates.clone();
        Arrays.sort(r);
        return r[r.length / 2];
    }

    double minRate() {
        return Arrays.stream(rates).min().orElse(0);
    }

    double maxRate() {
        return Arrays.stream(rates).max().orElse(0);
    }

    double percentileMs(double p) {
        if (latencyNanos.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * latencyNanos.length) - 1;
        return latencyNanos[Math.max(0, Math.min(i, latencyNanos.length - 1))] / 1e6;
    }
}
