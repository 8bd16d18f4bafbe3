package switchboard.rota.solver;

/** A person as a value the solver assigns to seats; equal by user id, so that hashing is the same every run. */
final class Staff {
    final Person person;
    private final int target;

    Staff(Person person, RotaWeek week) {
        this.person = person;
        this.target = person.availability().targetIn(week);
    }

    long userId() {
        return person.userId();
    }

    /** This week's target: fewer turns for days off. */
    int target() {
        return target;
    }

    int maxTurnsPerDay() {
        return person.availability().maxTurnsPerDay();
    }

    /** Whether the hard rules allow them on this turn at all, whatever else they work that day. */
    boolean mayTake(RotaLine line, Turn turn) {
        return maxTurnsPerDay() > 0 && line.hasMember(userId()) && person.availableFor(turn) && !person.absentOn(turn);
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
