package switchboard.calls;

import java.util.Optional;
import switchboard.directory.Line;

/**
 * What a line may answer with before its tiers ring (its menu). The feature implements it and {@code Server} hands it
 * to {@link CallSteps}; it is asked whenever a call enters an open line, at answer or sent there by a menu.
 */
public interface LineOpening {
    LineOpening NONE = (db, timeline, call, step, line) -> Optional.empty();

    /** The XML of step {@code step} when {@code line} opens with something of its own; empty: ring its tiers. */
    Optional<String> open(Daos db, Timeline timeline, CallDao.CallRow call, int step, Line line);
}
