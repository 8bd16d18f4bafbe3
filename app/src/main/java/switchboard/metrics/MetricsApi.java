package switchboard.metrics;

import io.javalin.http.Context;

/** GET /metrics: Prometheus text for a scraper holding METRICS_TOKEN; 404 while metrics are off. */
public final class MetricsApi {
    private final Metrics metrics;

    public MetricsApi(Metrics metrics) {
        this.metrics = metrics;
    }

    public WebhookMeter webhooks() {
        return metrics.webhooks();
    }

    public void scrape(Context ctx) {
        if (!metrics.on()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("metrics are off: set METRICS_TOKEN to turn them on");
        } else if (!metrics.authorized(ctx.header("Authorization"))) {
            ctx.status(401).header("WWW-Authenticate", "Bearer realm=\"metrics\"").contentType("text/plain; charset=utf-8")
                    .result("send Authorization: Bearer $METRICS_TOKEN");
        } else {
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        }
    }
}
