package switchboard.routing;

import java.time.Instant;
import java.util.Optional;
import switchboard.routing.LineRouting.Member;

/** Who may be offered a call right now, and if not, why not (the reason goes into the timeline). */
public final class Eligibility {
    private Eligibility() {}

    public static Optional<String> skipReason(Member m, Instant now, int wrapUpSeconds) {
        Presence presence = Presence.of(m.status()).orElse(Presence.OFFLINE); // an unknown presence rings nobody
        if (presence != Presence.AVAILABLE) return Optional.of(presence.wire());
        if (!m.workingHours().isOpen(now.atZone(m.zone()))) return Optional.of("off-hours");
        LineRouting.Load load = m.load();
        if (load.ringing() + load.talking() >= m.maxConcurrentCalls()) {
            return Optional.of(load.talking() > 0 ? "busy" : "reserved");
        }
        if (wrapUpSeconds > 0 && load.lastCallEndedAt() != null
                && load.lastCallEndedAt().plusSeconds(wrapUpSeconds).isAfter(now)) {
            return Optional.of("wrap-up");
        }
        if (m.apps().isEmpty()) return Optional.of("no-apps");
        return Optional.empty();
    }
}
