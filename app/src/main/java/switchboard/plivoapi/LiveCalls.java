package switchboard.plivoapi;

import com.plivo.api.models.call.Call;
import com.plivo.api.models.call.LegSpecifier;

/** Live calls on Plivo: the transfer that moves a caller's leg (the A leg) to a new document at once. */
public final class LiveCalls {
    private final PlivoConnection plivo;

    public LiveCalls(PlivoConnection plivo) {
        this.plivo = plivo;
    }

    /** Plivo fetches {@code url} (signed, like every webhook) and plays what it returns to the caller. */
    public void transfer(String callUuid, String url) {
        plivo.request("transferring call " + callUuid, c -> Call.updater(callUuid).legs(LegSpecifier.ALEG)
                .alegUrl(url).alegMethod("POST").client(c).update());
    }
}
