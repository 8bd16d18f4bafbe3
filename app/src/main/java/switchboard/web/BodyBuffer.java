package switchboard.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.json.Json;

/**
 * In front of the application: reads each request's whole body as it arrives, on no thread of its own (a demand
 * callback per chunk), and hands the request on only once the body is complete. Refuses, before reading, what no
 * route takes: multipart (415) and a declared length over the cap (413); refuses a body that outgrows the cap (413),
 * misses its deadline or stalls (408); a client gone mid-body is one warning line.
 */
final class BodyBuffer extends Handler.Wrapper {
    private static final Logger log = LoggerFactory.getLogger(BodyBuffer.class);

    private final int maxBytes;
    private final long deadlineNanos;

    BodyBuffer(int maxBytes, java.time.Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return refuse(request, response, callback, 415,
                    "multipart bodies are not accepted: webhooks are form-encoded, the API takes JSON");
        }
        long length = request.getLength();
        if (length > maxBytes) return refuse(request, response, callback, 413, tooLarge());
        if (length <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        new Reading(request, response, callback).run();
        return true;
    }

    private String tooLarge() {
        return "the body is larger than " + maxBytes + " bytes";
    }

    /** One body being read: each pass takes what has arrived, then asks to be called again when more does. */
    private final class Reading implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long started = NanoTime.now();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Reading(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean fits = body.size() + bytes.remaining() <= maxBytes;
                if (fits) {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.writeBytes(copy);
                }
                chunk.release();
                if (!fits) {
                    refuse(request, response, callback, 413, tooLarge());
                } else if (last) {
                    handOn();
                } else if (NanoTime.since(started) > deadlineNanos) {
                    warn("its body did not arrive in time; answered 408");
                    refuse(request, response, callback, 408, "the body did not arrive in time");
                } else {
                    continue;
                }
                return;
            }
        }

        private void failed(Throwable failure) {
            if (failure instanceof TimeoutException) {
                warn("its body stalled; answered 408");
                refuse(request, response, callback, 408, "the body stalled");
            } else if (failure instanceof EofException) { // Jetty's HttpEofException is an HttpException too
                warn("the client closed the connection before its body arrived");
                callback.failed(failure);
            } else if (failure instanceof HttpException http) {
                refuse(request, response, callback, http.getCode(), "malformed body: " + failure.getMessage());
            } else {
                warn("reading its body failed: " + failure);
                callback.failed(failure);
            }
        }

        private void warn(String what) {
            log.warn("{} {} after {} bytes: {}", request.getMethod(), LogText.of(request.getHttpURI().getPath()), body.size(), what);
        }

        private void handOn() {
            Request whole = new WholeBody(request, body.toByteArray());
            try {
                if (!BodyBuffer.super.handle(whole, response, callback)) Response.writeError(whole, response, callback, 404);
            } catch (Throwable t) {
                Response.writeError(whole, response, callback, t);
            }
        }
    }

    /** The request as the application sees it: its body already here, in one last chunk. */
    private static final class WholeBody extends Request.Wrapper {
        private Content.Chunk rest;

        WholeBody(Request request, byte[] body) {
            super(request);
            this.rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = rest;
            rest = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // the content is always here
        }
    }

    /** A short refusal in the API's shape under /api, plain text elsewhere; the connection is closed after it. */
    private static boolean refuse(Request request, Response response, Callback callback, int status, String message) {
        boolean api = String.valueOf(request.getHttpURI().getPath()).startsWith("/api/");
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json" : "text/plain; charset=UTF-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, api ? Json.object("error", message) : message, callback);
        return true;
    }
}
