package switchboard.plivo;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.CallFlow;
import switchboard.calls.Incoming;
import switchboard.web.LogText;

/** The Application's hangup_url: closes the call record. */
public record HangupWebhook(CallFlow calls) {
    private static final Logger log = LoggerFactory.getLogger(HangupWebhook.class);

    public void hangup(Context ctx) {
        PlivoParams p = PlivoParams.of(ctx);
        Incoming.Call call = p.call();
        String cause = p.optional("HangupCauseName");
        calls.hangup(new Incoming.Hangup(call, duration(p, call), cause != null ? cause : p.optional("HangupCause"),
                p.optional("HangupSource"), p.optionalTime("EndTime")));
        ctx.result("OK");
    }

    /** Losing the hangup is worse than losing a figure: a bad Duration closes the call with the duration unknown. */
    private static Integer duration(PlivoParams p, Incoming.Call call) {
        try {
            return p.optionalCount("Duration");
        } catch (BadRequestResponse e) {
            log.warn("hangup of call {}: {}; closing it with the duration unknown", LogText.of(call.callUuid()),
                    LogText.of(e.getMessage()));
            return null;
        }
    }
}
