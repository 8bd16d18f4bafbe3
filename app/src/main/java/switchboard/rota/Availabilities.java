package switchboard.rota;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.NotFound;
import switchboard.rota.solver.Availability;

/** When each user can take turns; a user who never declared any has no slots, so the rota never picks them. */
public final class Availabilities {
    /** What a user who never declared an availability has. */
    static final Availability NONE = new Availability(List.of(), List.of(), 0, 2);
    private final Jdbi jdbi;

    public Availabilities(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Availability of(long userId) {
        return SharedDaos.with(jdbi, AvailabilityDao.class, dao -> {
            dao.user(userId).orElseThrow(() -> NotFound.of("user", userId));
            return dao.find(userId).map(Availabilities::read).orElse(NONE);
        });
    }

    /** Replaces the user's availability; the next generated rota uses it, and hand edits are checked against it. */
    public Availability declare(long userId, Availability availability) {
        return jdbi.inTransaction(h -> {
            AvailabilityDao dao = SharedDaos.of(h, AvailabilityDao.class);
            dao.lockUser(userId).orElseThrow(() -> NotFound.of("user", userId));
            dao.save(userId, RotaJson.slotsJson(availability.slots()), RotaJson.absencesJson(availability.absences()),
                    availability.targetTurnsPerWeek(), availability.maxTurnsPerDay());
            return read(dao.find(userId).orElseThrow());
        });
    }

    static Availability read(AvailabilityDao.Row row) {
        return RotaJson.availability(row.slots(), row.absences(), row.targetTurnsPerWeek(), row.maxTurnsPerDay());
    }
}
