package switchboard.contacts;

import org.jdbi.v3.core.Handle;
import switchboard.db.SharedDaos;

/**
 * The queue's order between callers: VIP contacts ahead of everyone else. A queue row's priority is this number
 * (higher first; within one priority, first come first served). Read when the call joins the queue, in its transaction.
 */
public final class CallerPriority {
    public static final int VIP = 1;
    public static final int NORMAL = 0;

    private CallerPriority() {}

    /** The priority of call {@code callId}'s caller: VIP when its contact is a VIP now. */
    public static int of(Handle handle, long callId) {
        return SharedDaos.of(handle, CallerDao.class).vip(callId) ? VIP : NORMAL;
    }
}
