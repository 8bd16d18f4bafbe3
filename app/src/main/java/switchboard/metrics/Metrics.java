package switchboard.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallObserver;
import switchboard.db.Jdbis;

/**
 * This instance's metrics for Prometheus (GET /metrics), on only when METRICS_TOKEN is set: the webhooks' timings and
 * degraded answers, calls ended and queue waits (CallMeters), the gauges read from the database (DbGauges), the
 * connection pool (Hikari's own binding), JVM and process. Names follow Prometheus' conventions once rendered:
 * switchboard_ prefix, base units, _total counters, no unbounded labels (a line is its id).
 */
public final class Metrics {
    private static final Metrics OFF = new Metrics(null, null, null);

    private final PrometheusMeterRegistry registry;
    private final byte[] expectedHeader;
    private final DbGauges gauges;

    private Metrics(PrometheusMeterRegistry registry, String token, DbGauges gauges) {
        this.registry = registry;
        this.expectedHeader = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.gauges = gauges;
    }

    /** Off (no meters at all) without a token. */
    public static Metrics start(Optional<String> token, Jdbi jdbi) {
        if (token.isEmpty()) return OFF;
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Jdbis.bindPoolMetrics(jdbi, registry);
        return new Metrics(registry, token.get(), new DbGauges(jdbi, registry));
    }

    public boolean on() {
        return registry != null;
    }

    /** Only the exact "Bearer METRICS_TOKEN" (compared in constant time): an API key is not a metrics token. */
    boolean authorized(String authorization) {
        return on() && authorization != null
                && MessageDigest.isEqual(expectedHeader, authorization.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** The Prometheus text, with the database gauges at most a few seconds old. */
    String scrape() {
        gauges.refreshIfStale();
        return registry.scrape();
    }

    /** Counts calls ended and queue waits; NONE when off. */
    public CallObserver calls() {
        return on() ? new CallMeters(registry) : CallObserver.NONE;
    }

    /** switchboard_webhook_seconds{webhook} (a histogram) and switchboard_webhook_degraded_total{webhook}. */
    public WebhookMeter webhooks() {
        return on() ? webhookMeter : WebhookMeter.NONE;
    }

    private final WebhookMeter webhookMeter = new WebhookMeter() {
        @Override
        public void answered(String webhook, long nanos, boolean degraded) {
            timer(webhook).record(Duration.ofNanos(nanos));
            if (degraded) degraded(webhook).increment();
        }

        @Override
        public void known(String webhook) {
            timer(webhook);
            degraded(webhook);
        }
    };

    private Timer timer(String webhook) {
        return Timer.builder("switchboard.webhook").description("Time to answer a Plivo webhook").tag("webhook", webhook)
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(15)).register(registry);
    }

    private Counter degraded(String webhook) {
        return Counter.builder("switchboard.webhook.degraded").description("Webhooks answered with a safe document after their work failed")
                .tag("webhook", webhook).register(registry);
    }
}
