package switchboard.menus;

import io.javalin.http.Context;
import switchboard.calls.Incoming;
import switchboard.plivo.PlivoParams;
import switchboard.plivo.XmlReply;
import switchboard.plivo.xml.CallXml;

/** A menu step's GetDigits action (a key) and the Redirect after it (no key before the timeout). */
public record MenuWebhook(MenuChoices menus, CallXml xml) {
    public void digits(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        int step = p.step(ctx);
        String key = p.optional("Digits");
        XmlReply.sendOrDegrade(ctx, "menu digits " + call.callUuid(), () -> menus.pressed(call, step, key), xml::voicemailOnly);
    }

    public void timeout(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        int step = p.step(ctx);
        XmlReply.sendOrDegrade(ctx, "menu timeout " + call.callUuid(), () -> menus.timedOut(call, step), xml::voicemailOnly);
    }
}
