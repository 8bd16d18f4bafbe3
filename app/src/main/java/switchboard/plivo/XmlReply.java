package switchboard.plivo;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.web.LogText;

/** Writes Plivo XML; when the work fails, answers with a safe document so the caller never hears silence. */
public final class XmlReply {
    private static final Logger log = LoggerFactory.getLogger(XmlReply.class);
    private static final String DEGRADED = "switchboard.degraded";

    private XmlReply() {}

    public static void send(Context ctx, String xml) {
        ctx.contentType("text/xml; charset=UTF-8").result(xml);
    }

    /** {@code degraded} is told why the work failed: it answers the safe document (and may keep what it can). */
    /** When why the work failed does not change the safe document. */
    public static void sendOrDegrade(Context ctx, String what, Supplier<String> work, Supplier<String> degraded) {
        sendOrDegrade(ctx, what, work, failure -> degraded.get());
    }

    /** Whether this request was answered with the safe document (the metrics count it). */
    public static boolean degraded(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(DEGRADED));
    }

    public static void sendOrDegrade(Context ctx, String what, Supplier<String> work, Function<RuntimeException, String> degraded) {
        String xml;
        try {
            xml = work.get();
        } catch (HttpResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("{} failed; answering with a safe document instead: {}", LogText.of(what), LogText.of(e), e);
            xml = degraded.apply(e);
            ctx.attribute(DEGRADED, true);
        }
        send(ctx, xml);
    }
}
