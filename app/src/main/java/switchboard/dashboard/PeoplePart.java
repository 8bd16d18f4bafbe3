package switchboard.dashboard;

import gg.jte.Content;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.calls.CallerLabel;
import switchboard.db.SharedDaos;
import switchboard.directory.Hours;
import switchboard.routing.Eligibility;
import switchboard.routing.LineRouting;

/**
 * The board's people with their presence, and what routing would say of them now (the same Eligibility rule the
 * call flow asks): available, away, offline, outside working hours, ringing, busy, in wrap-up, no apps.
 */
public final class PeoplePart implements BoardPart {
    private final Jdbi jdbi;
    private final Clock clock;

    /** state: "available" or routing's skip reason; since: when talking began, for the running clock. */
    public record Person(long id, String name, String title, String presence, String state, String stateText,
                         Instant since, String apps) {}

    public record Row(Person person, boolean mayToggle) {}

    public PeoplePart(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "people";
    }

    @Override
    public Set<String> topics() {
        return Set.of("people");
    }

    @Override
    public List<Person> load() {
        Instant now = clock.instant();
        return SharedDaos.with(jdbi, BoardDao.class, BoardDao::people).stream().map(p -> person(p, now)).toList();
    }

    private static Person person(BoardDao.Person p, Instant now) {
        List<LineRouting.MemberApp> apps = p.apps().isEmpty() ? List.of()
                : List.of(p.apps().split(", ")).stream().map(label -> new LineRouting.MemberApp(0, label, "")).toList();
        LineRouting.Member member = new LineRouting.Member(p.id(), p.name(), apps, p.status(), p.maxConcurrentCalls(),
                Hours.zone(p.timeZone()), Hours.weekly(p.workingHours()),
                new LineRouting.Load(p.ringing(), p.talking(), p.lastCallEndedAt(), 0));
        String state = Eligibility.skipReason(member, now, p.wrapUpSeconds()).orElse("available");
        String text = text(state, p);
        if (p.talking() > 0 && !state.equals("busy")) { // on a call, and may still take another
            text = "On a call with " + CallerLabel.address(p.talkingWith()) + " (" + text.toLowerCase() + " for another)";
        }
        return new Person(p.id(), p.name(), p.title(), p.status(), state, text, p.talking() > 0 ? p.talkingSince() : null,
                p.apps());
    }

    private static String text(String state, BoardDao.Person p) {
        String reason = p.statusReason() == null ? "" : switch (p.statusReason()) {
            case "missed-calls" -> " (missed calls in a row)";
            default -> " (" + p.statusReason() + ")";
        };
        return switch (state) {
            case "available" -> "Available";
            case "away" -> "Away" + reason;
            case "offline" -> "Offline" + reason;
            case "off-hours" -> "Outside working hours";
            case "reserved" -> "Ringing";
            case "busy" -> p.talkingWith() == null ? "On a call" : "On a call with " + CallerLabel.address(p.talkingWith());
            case "wrap-up" -> "Wrap-up after a call";
            case "no-apps" -> "No apps to ring";
            default -> state;
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Content render(Object data, Principal viewer) {
        List<Row> rows = ((List<Person>) data).stream().map(p -> new Row(p, Rules.maySetPresence(viewer, p.id()))).toList();
        return switchboard.web.Views.content("board/people.jte", Map.of("rows", rows));
    }
}
