package switchboard.plivo;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallFlow;
import switchboard.calls.Incoming;
import switchboard.plivo.xml.CallXml;
import switchboard.web.LogText;

/** The Application's answer_url and fallback_answer_url. */
public record AnswerWebhook(CallFlow calls, CallXml xml) {
    private static final Logger log = LoggerFactory.getLogger(AnswerWebhook.class);

    public void answer(Context ctx) {
        Incoming.Call call = PlivoParams.of(ctx).call();
        XmlReply.sendOrDegrade(ctx, "answer " + call.callUuid(), () -> calls.answer(call), failure -> {
            calls.keepRecord(call, true, failure);
            return xml.voicemailOnly();
        });
    }

    /** Plivo's last resort when answer_url failed: touches no database, still takes a message. */
    public void fallback(Context ctx) {
        Incoming.Call call = PlivoParams.of(ctx).call();
        log.warn("fallback answer for call {} to {}: answer_url failed", LogText.of(call.callUuid()), LogText.of(call.to()));
        XmlReply.send(ctx, xml.voicemailOnly());
    }
}
