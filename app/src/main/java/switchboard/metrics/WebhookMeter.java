package switchboard.metrics;

/** Told of every Plivo webhook answered: which (its route, e.g. "dial/{step}/action"), how long it took, degraded or not. */
public interface WebhookMeter {
    WebhookMeter NONE = (webhook, nanos, degraded) -> {};

    void answered(String webhook, long nanos, boolean degraded);
}
