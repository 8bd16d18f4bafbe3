package switchboard.queue;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.Incoming;
import switchboard.plivo.PlivoParams;
import switchboard.plivo.XmlReply;
import switchboard.plivo.xml.CallXml;

/** A wait step's end: its Redirect (or a live transfer to what follows it), and its GetDigits action (a key). */
public record QueueWebhook(Queues queues, CallXml xml) {
    private static final Logger log = LoggerFactory.getLogger(QueueWebhook.class);

    public void next(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        int step = p.step(ctx);
        reply(ctx, "queue step after " + step + " of " + call.callUuid(), () -> queues.next(call, step));
    }

    public void key(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        int step = p.step(ctx);
        String digits = p.optional("Digits");
        reply(ctx, "queue key after " + step + " of " + call.callUuid(), () -> queues.key(call, step, digits));
    }

    /** A call that is not waiting at that step (or work that failed) still hears a voicemail prompt, never silence. */
    private void reply(Context ctx, String what, Supplier<Optional<String>> work) {
        XmlReply.sendOrDegrade(ctx, what, () -> work.get().orElseGet(() -> {
            log.warn("{}: the call is not waiting at that step; taking a message instead", what);
            return xml.voicemailOnly();
        }), failure -> xml.voicemailOnly());
    }
}
