package switchboard.routing;

import java.util.ArrayList;
import java.util.List;
import switchboard.routing.LineRouting.Tier;

/** Pure routing: given a line and the tier that just rang, what happens next. No I/O. */
public final class DialPlan {
    private DialPlan() {}

    /** A tier passed over without ringing, and why. */
    public record Skip(int tierPosition, String reason) {}

    public sealed interface Next permits Ring, Voicemail {}

    /** Ring every app of every member of this tier at once. */
    public record Ring(Tier tier) implements Next {}

    /** Nobody left to ring: take a message. */
    public record Voicemail() implements Next {}

    public record Decision(List<Skip> skipped, Next next) {}

    /** The first tier to ring for a new call. */
    public static Decision start(LineRouting line) {
        return after(line, 0);
    }

    /** The step after tier {@code position} rang out (0: nothing has rung yet). */
    public static Decision after(LineRouting line, int position) {
        List<Skip> skipped = new ArrayList<>();
        for (Tier tier : line.tiers()) {
            if (tier.position() <= position) continue;
            if (tier.apps().isEmpty()) {
                skipped.add(new Skip(tier.position(), "no-apps"));
                continue;
            }
            return new Decision(skipped, new Ring(tier));
        }
        return new Decision(skipped, new Voicemail());
    }
}
