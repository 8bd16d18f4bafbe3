package switchboard.calls;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Told, inside the webhook's own transaction, which timeline entries a webhook newly recorded (a repeated
 * webhook records none). What it writes commits or rolls back with the call's change.
 */
public interface CallObserver {
    CallObserver NONE = (h, callId, entries) -> {};

    void recorded(Handle handle, long callId, List<TimelineEntry> newEntries);

    /** Each observer told in turn, in this order. */
    static CallObserver of(CallObserver... observers) {
        return (handle, callId, entries) -> {
            for (CallObserver o : observers) o.recorded(handle, callId, entries);
        };
    }
}
