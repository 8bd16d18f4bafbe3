package switchboard.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import switchboard.routing.LineRouting.Member;
import switchboard.routing.LineRouting.Tier;

/** Builders for routing test fixtures. */
final class RoutingFixtures {
    static final ZoneId UTC = ZoneId.of("UTC");

    private RoutingFixtures() {}

    static Member member(long id, String name) {
        return new Member(id, name, List.of(new LineRouting.MemberApp(id, "m", "sip:" + name.toLowerCase() + "@phone.plivo.com")),
                "available", 1, UTC, WeeklyHours.ALWAYS, LineRouting.Load.IDLE);
    }

    static Member with(Member m, String status, int max, LineRouting.Load load) {
        return new Member(m.userId(), m.name(), m.apps(), status, max, m.zone(), m.workingHours(), load);
    }

    static Member offHours(Member m) {
        return new Member(m.userId(), m.name(), m.apps(), m.status(), m.maxConcurrentCalls(), m.zone(), weekendsOnly(), m.load());
    }

    static WeeklyHours weekendsOnly() {
        return new WeeklyHours(List.of(new WeeklyHours.Slot(DayOfWeek.SATURDAY, LocalTime.MIN, LocalTime.MAX),
                new WeeklyHours.Slot(DayOfWeek.SUNDAY, LocalTime.MIN, LocalTime.MAX)));
    }

    static Tier tier(int position, String strategy, Member... members) {
        return new Tier(position, 20, strategy, 0, List.of(members));
    }

    static LineRouting line(Tier... tiers) {
        return LineRouting.simple(7, "Main Office", null, List.of(tiers));
    }

    static LineRouting withRules(LineRouting line, LineRouting.Rules rules) {
        return new LineRouting(line.lineId(), line.lineName(), line.voicemailPrompt(), rules, line.tiers(), line.queue(), line.waiting());
    }
}
