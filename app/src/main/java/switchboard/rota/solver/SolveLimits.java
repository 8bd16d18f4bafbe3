package switchboard.rota.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the solver may do. It stops after {@code movesPerSeat} evaluated moves per seat of the week, or
 * once the search has gone {@link RotaEngine#UNIMPROVED_STEP_LIMIT} steps without a better rota, whichever comes
 * first: both count work, not time, so the same problem gives the same proposal on any machine. {@code timeCap}
 * is only a safety net for a slow machine or a huge week; when it is what stopped the solver, the proposal says
 * {@code cutShort}.
 */
public record SolveLimits(Duration timeCap, int movesPerSeat) {
    public static final Duration DEFAULT_TIME_CAP = Duration.ofSeconds(10);
    public static final int DEFAULT_MOVES_PER_SEAT = 1_500;
    public static final SolveLimits DEFAULT = new SolveLimits(DEFAULT_TIME_CAP, DEFAULT_MOVES_PER_SEAT);

    public SolveLimits {
        Objects.requireNonNull(timeCap, "timeCap");
        if (timeCap.isNegative() || timeCap.isZero()) {
            throw new IllegalArgumentException("the time cap must be positive, got " + timeCap);
        }
        if (movesPerSeat < 1) throw new IllegalArgumentException("movesPerSeat must be positive, got " + movesPerSeat);
    }

    /** The default amount of work with another time cap, e.g. from {@code ?seconds=}. */
    public static SolveLimits timeCap(Duration timeCap) {
        return new SolveLimits(timeCap, DEFAULT_MOVES_PER_SEAT);
    }

    long moveLimit(int seats) {
        return (long) movesPerSeat * Math.max(1, seats);
    }
}
