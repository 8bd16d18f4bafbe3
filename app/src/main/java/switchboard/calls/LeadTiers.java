package switchboard.calls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import switchboard.directory.Line;
import switchboard.routing.LineRouting;

/**
 * People who ring before a line's tiers for one call (the caller's owner, the rota's turn). A feature that has such
 * people implements this and {@code Server} hands it to {@link CallSteps}; it is asked at every step of the call, in
 * the step's transaction, so a one-at-a-time lead resumes where it stood and its people are known to later tiers.
 */
public interface LeadTiers {

    /** These users (any users, not only the line's members) rung as {@code lead}, with this strategy, for this long. */
    record Request(LineRouting.Lead lead, List<Long> userIds, String strategy, int ringTimeoutSeconds) {}

    /** Empty when this call has no such people now. */
    Optional<Request> lead(Handle handle, CallDao.CallRow call, Line line, Instant now);
}
