package switchboard.rota.solver;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A line as the rota sees it: its weekly turns, and the users who may take them (the members of any of its
 * tiers).
 */
public record RotaLine(long id, String name, Set<Long> memberIds, List<WeeklyTurn> turns) {
    public RotaLine {
        Objects.requireNonNull(name, "a line needs a name");
        memberIds = Set.copyOf(memberIds);
        turns = List.copyOf(turns);
    }

    public boolean hasMember(long userId) {
        return memberIds.contains(userId);
    }

    /** The members in ascending order, so that everything built from them comes out the same every time. */
    Set<Long> sortedMembers() {
        return new TreeSet<>(memberIds);
    }
}
