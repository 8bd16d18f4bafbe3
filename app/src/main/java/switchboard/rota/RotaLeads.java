package switchboard.rota;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import switchboard.calls.CallDao;
import switchboard.calls.LeadTiers;
import switchboard.db.SharedDaos;
import switchboard.directory.Hours;
import switchboard.directory.Line;
import switchboard.routing.LineRouting;
import switchboard.routing.Strategy;

/**
 * Routing follows the published rota: during a turn, its people ring first, as a tier of their own with the strategy
 * and ring time of the line's tier 1 (the line's default ring time when it has no tiers), then the line's tiers
 * without them. Read from the database at every step, so a publication or a swap counts from the next call, on every
 * instance. Turns are in the line's time zone.
 */
public final class RotaLeads implements LeadTiers {
    @Override
    public Optional<Request> lead(Handle handle, CallDao.CallRow call, Line line, Instant now) {
        if (!line.hasRota()) return Optional.empty();
        ZonedDateTime local = now.atZone(Hours.zone(line.timeZone()));
        TurnLeadDao dao = SharedDaos.of(handle, TurnLeadDao.class);
        List<Long> onTurn = dao.onTurn(line.id(), local.toLocalDate(), local.getHour() * 60 + local.getMinute());
        if (onTurn.isEmpty()) return Optional.empty();
        Optional<TurnLeadDao.FirstTier> first = dao.firstTier(line.id());
        return Optional.of(new Request(LineRouting.Lead.ROTA, onTurn,
                first.map(TurnLeadDao.FirstTier::strategy).orElse(Strategy.RING_ALL),
                first.map(TurnLeadDao.FirstTier::ringTimeoutSeconds).orElse(line.ringTimeoutSeconds())));
    }
}
