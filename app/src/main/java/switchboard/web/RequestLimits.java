package switchboard.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What one request may cost the server, in one place: Server applies these to Jetty. A body is read whole by
 * {@link BodyBuffer} before any handler (or thread) sees the request, so a client trickling a body holds a
 * buffer, not a thread, and is cut off at the deadline; threads stay free for the requests that are ready.
 */
public final class RequestLimits {
    /** Every body, webhook or API; Plivo's largest (a transcription of 20,000 characters) fits several times. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** A body must be complete this long after the request's headers (Plivo's arrive at once). */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    /** No byte for this long while a request is read or written: the request fails (408 while reading). */
    public static final Duration REQUEST_IDLE = Duration.ofSeconds(5);
    /** A connection without a request in flight, kept alive for its next one at most this long. */
    public static final Duration CONNECTION_IDLE = Duration.ofSeconds(30);
    /** Threads run requests that are ready; the database pool (16) is the real limit behind them. */
    public static final int MAX_THREADS = 200;
    public static final int MIN_THREADS = 8;

    private RequestLimits() {}

    public static void apply(JavalinConfig c, int port) {
        c.http.maxRequestSize = MAX_BODY_BYTES;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("http");
        c.jetty.threadPool = threads;
        c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(REQUEST_IDLE.toMillis()));
        c.jetty.modifyServer(server -> server.insertHandler(new BodyBuffer(MAX_BODY_BYTES, BODY_DEADLINE)));
        c.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setPort(port);
            connector.setIdleTimeout(CONNECTION_IDLE.toMillis());
            return connector;
        });
    }
}
