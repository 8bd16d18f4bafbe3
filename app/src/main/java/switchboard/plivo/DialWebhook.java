package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallFlow;
import switchboard.calls.Incoming;
import switchboard.plivo.xml.CallXml;

/** A Dial's action URL (it ended: what next?) and callbackUrl (who answered, legs ending). */
public record DialWebhook(CallFlow calls, CallXml xml) {
    public void action(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        var ended = new Incoming.DialEnded(p.call(), p.step(ctx), p.optional("DialStatus"),
                p.optional("DialHangupCause"), p.optional("DialBLegUUID"));
        XmlReply.sendOrDegrade(ctx, "dial action " + ended.call().callUuid(), () -> calls.dialEnded(ended), failure -> {
            calls.keepRecord(ended.call(), !ended.conversationHappened(), failure);
            return ended.conversationHappened() ? xml.hangup() : xml.voicemailOnly();
        });
    }

    public void callback(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        calls.dialLeg(new Incoming.DialLeg(p.call(), p.step(ctx), p.optional("DialAction"),
                p.optional("DialBLegTo"), p.optional("DialBLegUUID"), p.optionalCount("DialBLegDuration"),
                p.optional("DialBLegHangupCauseName")));
        ctx.result("OK");
    }
}
