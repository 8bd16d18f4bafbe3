package switchboard.routing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Whether a line is open: closures (holidays) first, then its weekly business hours, in its time zone. */
public final class BusinessHours {
    private BusinessHours() {}

    public static Optional<String> closedReason(LineRouting.Rules rules, Instant now) {
        ZonedDateTime local = now.atZone(rules.zone());
        String closure = rules.closures().get(local.toLocalDate());
        if (closure != null) return Optional.of(closure.isBlank() ? "closed today" : closure);
        if (!rules.businessHours().isOpen(local)) return Optional.of("outside business hours");
        return Optional.empty();
    }
}
