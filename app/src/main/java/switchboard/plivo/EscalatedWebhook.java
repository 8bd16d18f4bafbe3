package switchboard.plivo;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallEscalation;
import switchboard.calls.Webhook;

/** Where Plivo's live-call transfer sends the caller of an escalated call: the escalation's stored step. */
public record EscalatedWebhook(CallEscalation escalation, CallXml xml) {
    private static final Logger log = LoggerFactory.getLogger(EscalatedWebhook.class);

    public void escalated(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Webhook.Call call = p.call();
        long callId = p.id(ctx);
        int step = p.step(ctx);
        XmlReply.sendOrDegrade(ctx, "escalation of " + call.callUuid(), () -> escalation.step(callId, call.callUuid(), step)
                .orElseGet(() -> {
                    log.warn("no escalation step {} for call {} ({}): taking a message instead", step, callId, call.callUuid());
                    return voicemailOnly();
                }), this::voicemailOnly);
    }

    private String voicemailOnly() {
        return xml.voicemail(CallXml.defaultPrompt(null));
    }
}
