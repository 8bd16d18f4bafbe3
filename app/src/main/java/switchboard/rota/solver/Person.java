package switchboard.rota.solver;

import java.util.Objects;

/** Someone who may take turns: a user, with their availability. */
public record Person(long userId, String name, Availability availability) {
    public Person {
        Objects.requireNonNull(name, "a person needs a name");
        Objects.requireNonNull(availability, "a person needs an availability");
    }

    /** Whether they can work the whole turn: inside their slots of that weekday and not absent that day. */
    public boolean availableFor(Turn turn) {
        return availability.covers(turn.day(), turn.start(), turn.end());
    }

    public boolean absentOn(Turn turn) {
        return availability.absentOn(turn.date());
    }
}
