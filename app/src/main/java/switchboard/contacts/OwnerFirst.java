package switchboard.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.LeadTiers;
import switchboard.db.SharedDaos;
import switchboard.directory.Line;
import switchboard.routing.LineRouting.Lead;
import switchboard.routing.Strategy;

/**
 * Who rings before a line's tiers for a known caller. ownerFirst: the caller's contact's owner (Lead.OWNER). stickyDays:
 * when no owner rings first, the user who last answered this caller through this line within that many days
 * (Lead.STICKY). Both ring for ownerRingSeconds, then the tiers as usual; eligibility (presence, hours, capacity) is
 * decided like any tier's, so an offline owner is a skip in the timeline, not a ring.
 */
public final class OwnerFirst implements LeadTiers {
    @Override
    public Optional<Request> lead(Handle handle, CallRow call, Line line, Instant now) {
        if (!line.ownerFirst() && line.stickyDays() == null) return Optional.empty(); // no query for most lines
        CallerDao callers = SharedDaos.of(handle, CallerDao.class);
        Optional<CallerDao.CallCaller> caller = callers.caller(call.id());
        if (caller.isEmpty()) return Optional.empty();
        CallerDao.CallCaller c = caller.get();
        if (line.ownerFirst() && c.ownerUserId() != null) return Optional.of(ring(Lead.OWNER, c.ownerUserId(), line));
        if (line.stickyDays() == null) return Optional.empty();
        Instant since = now.minus(Duration.ofDays(line.stickyDays()));
        Optional<Long> last = c.contactId() != null ? callers.lastAnswerer("contact_id", c.contactId(), line.id(), since, call.id())
                : c.callerNumber() != null ? callers.lastAnswerer("caller_number", c.callerNumber(), line.id(), since, call.id())
                : Optional.empty();
        return last.map(user -> ring(Lead.STICKY, user, line));
    }

    private static Request ring(Lead lead, long userId, Line line) {
        return new Request(lead, List.of(userId), Strategy.RING_ALL, line.ownerRingSeconds());
    }
}
