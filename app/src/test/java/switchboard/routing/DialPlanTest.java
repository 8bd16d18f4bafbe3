package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.routing.DialPlan.Decision;
import switchboard.routing.DialPlan.Position;
import switchboard.routing.DialPlan.Ring;
import switchboard.routing.DialPlan.Skip;
import switchboard.routing.DialPlan.Voicemail;
import switchboard.routing.LineRouting.Member;
import switchboard.routing.LineRouting.Tier;

/** The pure routing decisions: which tier, which users, in what order, and every skip with its reason. */
class DialPlanTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z"); // a Monday
    static final DialPlan.Moment AT = new DialPlan.Moment(NOW, NOW, 42);

    static final Member JANE = RoutingFixtures.member(1, "Jane");
    static final Member PETER = RoutingFixtures.member(2, "Peter");
    static final Member LUKE = RoutingFixtures.member(3, "Luke");

    @Test
    void start_rings_every_member_of_the_first_tier_at_once() {
        Decision d = DialPlan.start(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE, PETER), RoutingFixtures.tier(2, "ring-all", LUKE)), AT);
        assertThat(ringing(d)).containsExactly("Jane", "Peter");
        assertThat(((Ring) d.next()).timeoutSeconds()).isEqualTo(20);
    }

    @Test
    void after_a_ring_all_tier_the_next_tier_rings_then_voicemail() {
        LineRouting line = RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE), RoutingFixtures.tier(2, "ring-all", PETER));
        assertThat(ringing(DialPlan.after(line, new Position(1, List.of(), -1), AT))).containsExactly("Peter");
        assertThat(DialPlan.after(line, new Position(2, List.of(), -1), AT).next()).isEqualTo(new Voicemail("no-one-answered"));
    }

    @Test
    void sequential_rings_one_user_per_step_then_moves_on() {
        LineRouting line = RoutingFixtures.line(RoutingFixtures.tier(1, "sequential", JANE, PETER), RoutingFixtures.tier(2, "ring-all", LUKE));
        Ring first = (Ring) DialPlan.start(line, AT).next();
        assertThat(names(first)).containsExactly("Jane");
        Ring second = (Ring) DialPlan.after(line, new Position(1, first.order(), first.index()), AT).next();
        assertThat(names(second)).containsExactly("Peter");
        Ring third = (Ring) DialPlan.after(line, new Position(1, second.order(), second.index()), AT).next();
        assertThat(names(third)).containsExactly("Luke");
    }

    @Test
    void every_ineligible_user_is_skipped_with_its_reason() {
        Member away = RoutingFixtures.with(JANE, "away", 1, LineRouting.Load.IDLE);
        Member offline = RoutingFixtures.with(PETER, "offline", 1, LineRouting.Load.IDLE);
        Member busy = RoutingFixtures.with(LUKE, "available", 1, new LineRouting.Load(0, 1, null, 0));
        Member reserved = RoutingFixtures.with(RoutingFixtures.member(4, "Ann"), "available", 1, new LineRouting.Load(1, 0, null, 0));
        Member offHours = RoutingFixtures.offHours(RoutingFixtures.member(5, "Bob"));
        Member noApps = new Member(6, "Cy", List.of(), "available", 1, RoutingFixtures.UTC, WeeklyHours.ALWAYS, LineRouting.Load.IDLE);
        Decision d = DialPlan.start(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", away, offline, busy, reserved, offHours, noApps)), AT);
        assertThat(d.skipped()).extracting(Skip::reason)
                .containsExactly("away", "offline", "busy", "reserved", "off-hours", "no-apps", "nobody-eligible");
        assertThat(d.next()).isInstanceOf(Voicemail.class);
    }

    @Test
    void a_user_below_their_maximum_is_still_offered() {
        Member twoLines = RoutingFixtures.with(JANE, "available", 2, new LineRouting.Load(0, 1, null, 0));
        assertThat(ringing(DialPlan.start(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", twoLines)), AT))).containsExactly("Jane");
    }

    @Test
    void wrap_up_keeps_a_user_back_for_the_lines_seconds() {
        Member justHungUp = RoutingFixtures.with(JANE, "available", 1, new LineRouting.Load(0, 0, NOW.minusSeconds(10), 0));
        LineRouting line = RoutingFixtures.withRules(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", justHungUp, PETER)),
                new LineRouting.Rules(30, null, RoutingFixtures.UTC, WeeklyHours.ALWAYS, java.util.Map.of(), null, null));
        Decision d = DialPlan.start(line, AT);
        assertThat(d.skipped()).extracting(Skip::reason).containsExactly("wrap-up");
        assertThat(ringing(d)).containsExactly("Peter");
    }

    @Test
    void strategies_order_the_tier() {
        Member idleLongest = RoutingFixtures.with(JANE, "available", 1, new LineRouting.Load(0, 0, NOW.minusSeconds(3600), 5));
        Member idleShort = RoutingFixtures.with(PETER, "available", 1, new LineRouting.Load(0, 0, NOW.minusSeconds(60), 1));
        Member neverCalled = RoutingFixtures.with(LUKE, "available", 1, new LineRouting.Load(0, 0, null, 3));
        assertThat(first("longest-idle", 0, idleShort, idleLongest, neverCalled)).isEqualTo("Luke");
        assertThat(first("fewest-calls", 0, idleLongest, neverCalled, idleShort)).isEqualTo("Peter");
        assertThat(first("sequential", 0, idleShort, idleLongest)).isEqualTo("Peter");
        assertThat(first("round-robin", 0, JANE, PETER, LUKE)).isEqualTo("Jane");
        assertThat(first("round-robin", 1, JANE, PETER, LUKE)).isEqualTo("Peter");
        assertThat(first("round-robin", 5, JANE, PETER, LUKE)).isEqualTo("Luke");
    }

    @Test
    void random_is_repeatable_for_a_call_and_varies_between_calls() {
        Tier tier = RoutingFixtures.tier(1, "random", JANE, PETER, LUKE);
        List<Long> once = ((Ring) DialPlan.start(RoutingFixtures.line(tier), AT).next()).order();
        assertThat(((Ring) DialPlan.start(RoutingFixtures.line(tier), AT).next()).order()).isEqualTo(once);
        long distinct = java.util.stream.LongStream.range(0, 40)
                .mapToObj(seed -> ((Ring) DialPlan.start(RoutingFixtures.line(tier), new DialPlan.Moment(NOW, NOW, seed)).next()).order())
                .distinct().count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void max_ring_time_sends_the_call_to_voicemail_and_caps_the_timeout() {
        LineRouting line = RoutingFixtures.withRules(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE), RoutingFixtures.tier(2, "ring-all", PETER)),
                new LineRouting.Rules(0, null, RoutingFixtures.UTC, WeeklyHours.ALWAYS, java.util.Map.of(), null, 30));
        var later = new DialPlan.Moment(NOW.plusSeconds(20), NOW, 1);
        assertThat(((Ring) DialPlan.after(line, new Position(1, List.of(), -1), later).next()).timeoutSeconds()).isEqualTo(10);
        var past = new DialPlan.Moment(NOW.plusSeconds(30), NOW, 1);
        assertThat(DialPlan.after(line, new Position(1, List.of(), -1), past).next()).isEqualTo(new Voicemail("max-ring-time"));
    }

    @Test
    void a_closed_line_says_why() {
        var closures = java.util.Map.of(java.time.LocalDate.parse("2026-11-23"), "Staff training");
        LineRouting closedToday = RoutingFixtures.withRules(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE)),
                new LineRouting.Rules(0, null, RoutingFixtures.UTC, WeeklyHours.ALWAYS, closures, null, null));
        assertThat(DialPlan.start(closedToday, AT).next()).isEqualTo(new DialPlan.Closed("Staff training"));
        LineRouting weekends = RoutingFixtures.withRules(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE)),
                new LineRouting.Rules(0, null, RoutingFixtures.UTC, RoutingFixtures.weekendsOnly(), java.util.Map.of(), null, null));
        assertThat(DialPlan.start(weekends, AT).next()).isEqualTo(new DialPlan.Closed("outside business hours"));
    }

    private static String first(String strategy, long rotation, Member... members) {
        Tier t = new Tier(1, 20, strategy, rotation, List.of(members));
        return names((Ring) DialPlan.start(RoutingFixtures.line(t), AT).next()).get(0);
    }

    private static List<String> ringing(Decision d) {
        assertThat(d.next()).isInstanceOf(Ring.class);
        return names((Ring) d.next());
    }

    private static List<String> names(Ring ring) {
        return ring.members().stream().map(Member::name).toList();
    }
}
