package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallService;
import switchboard.calls.Webhook;

/** A Dial's action URL (it ended: what next?) and callbackUrl (who answered, legs ending). */
public final class DialWebhook {
    private final CallService calls;
    private final CallXml xml;

    public DialWebhook(CallService calls, CallXml xml) {
        this.calls = calls;
        this.xml = xml;
    }

    public void action(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        var ended = new Webhook.DialEnded(p.call(), p.step(ctx), p.optional("DialStatus"),
                p.optional("DialHangupCause"), p.optional("DialBLegUUID"));
        XmlReply.sendOrDegrade(ctx, "dial action " + ended.call().callUuid(), () -> calls.dialEnded(ended),
                () -> ended.conversationHappened() ? xml.hangup() : xml.voicemail(CallXml.defaultPrompt(null)));
    }

    public void callback(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        calls.dialEvent(new Webhook.DialEvent(p.call(), p.step(ctx), p.optional("DialAction"),
                p.optional("DialBLegTo"), p.optional("DialBLegUUID"), p.optionalInt("DialBLegDuration"),
                p.optional("DialBLegHangupCauseName")));
        ctx.result("OK");
    }
}
