package switchboard.plivo;

import io.javalin.http.Context;
import switchboard.calls.CallService;
import switchboard.calls.Webhook;

/** The Application's hangup_url: closes the call record. */
public final class HangupWebhook {
    private final CallService calls;

    public HangupWebhook(CallService calls) {
        this.calls = calls;
    }

    public void hangup(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        String cause = p.optional("HangupCauseName");
        calls.hangup(new Webhook.Hangup(p.call(), p.optionalInt("Duration"),
                cause != null ? cause : p.optional("HangupCause"), p.optional("HangupSource"), p.optionalTime("EndTime")));
        ctx.result("OK");
    }
}
