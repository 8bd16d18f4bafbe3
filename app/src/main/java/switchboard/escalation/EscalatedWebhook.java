package switchboard.escalation;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.Incoming;
import switchboard.plivo.PlivoParams;
import switchboard.plivo.XmlReply;
import switchboard.plivo.xml.CallXml;
import switchboard.web.LogText;

/** Where Plivo's live-call transfer sends the caller of an escalated call: the escalation's stored step. */
public record EscalatedWebhook(Escalations escalations, CallXml xml) {
    private static final Logger log = LoggerFactory.getLogger(EscalatedWebhook.class);

    public void escalated(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        long callId = p.id(ctx);
        int step = p.step(ctx);
        XmlReply.sendOrDegrade(ctx, "escalation of " + call.callUuid(), () -> escalations.step(callId, call.callUuid(), step)
                .orElseGet(() -> {
                    log.warn("no escalation step {} for call {} ({}): taking a message instead", step, callId, LogText.of(call.callUuid()));
                    return xml.voicemailOnly();
                }), failure -> xml.voicemailOnly());
    }
}
