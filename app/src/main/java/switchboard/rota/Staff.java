package switchboard.rota;

/** A person as a value the solver assigns to seats; equal by user id, so that hashing is the same every run. */
final class Staff {
    final Person person;

    Staff(Person person) {
        this.person = person;
    }

    long userId() {
        return person.userId();
    }

    int target() {
        return person.availability().targetTurnsPerWeek();
    }

    int maxTurnsPerDay() {
        return person.availability().maxTurnsPerDay();
    }

    /** Whether the hard rules allow them on this turn at all, whatever else they work that day. */
    boolean mayTake(RotaLine line, Turn turn) {
        return line.hasMember(userId()) && person.availableFor(turn) && !person.absentOn(turn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && other.userId() == userId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId());
    }

    @Override
    public String toString() {
        return "user " + userId();
    }
}
