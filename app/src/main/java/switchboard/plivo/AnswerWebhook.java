package switchboard.plivo;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallService;
import switchboard.calls.Webhook;

/** The Application's answer_url and fallback_answer_url. */
public final class AnswerWebhook {
    private static final Logger log = LoggerFactory.getLogger(AnswerWebhook.class);

    private final CallService calls;
    private final CallXml xml;

    public AnswerWebhook(CallService calls, CallXml xml) {
        this.calls = calls;
        this.xml = xml;
    }

    public void answer(Context ctx) {
        Webhook.Call call = PlivoParams.of(ctx).call();
        XmlReply.sendOrDegrade(ctx, "answer " + call.callUuid(), () -> calls.answer(call), this::voicemailOnly);
    }

    /** Plivo's last resort when answer_url failed: touches no database, still takes a message. */
    public void fallback(Context ctx) {
        Webhook.Call call = PlivoParams.of(ctx).call();
        log.warn("fallback answer for call {} to {}: answer_url failed", call.callUuid(), call.to());
        XmlReply.send(ctx, voicemailOnly());
    }

    private String voicemailOnly() {
        return xml.voicemail(CallXml.defaultPrompt(null));
    }
}
