package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallFlow;
import switchboard.calls.Incoming;

/** The Application's hangup_url: closes the call record. */
public record HangupWebhook(CallFlow calls) {
    public void hangup(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        String cause = p.optional("HangupCauseName");
        calls.hangup(new Incoming.Hangup(p.call(), p.optionalInt("Duration"),
                cause != null ? cause : p.optional("HangupCause"), p.optional("HangupSource"), p.optionalTime("EndTime")));
        ctx.result("OK");
    }
}
