package switchboard.metrics;

/** Told of every Plivo webhook answered: which (its route, e.g. "dial/{step}/action"), how long it took, degraded or not. */
public interface WebhookMeter {
    WebhookMeter NONE = (webhook, nanos, degraded) -> {};

    void answered(String webhook, long nanos, boolean degraded);

    /** A webhook route exists: its meters start at zero, so rates and alerts work before the first request. */
    default void known(String webhook) {}
}
