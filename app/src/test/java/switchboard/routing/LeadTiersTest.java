package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.routing.DialPlan.Decision;
import switchboard.routing.DialPlan.Position;
import switchboard.routing.DialPlan.Ring;
import switchboard.routing.DialPlan.Skip;
import switchboard.routing.LineRouting.Lead;
import switchboard.routing.LineRouting.Member;

/** Lead tiers: people rung before the line's tiers for one call (the caller's owner, the rota's turn). */
class LeadTiersTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final DialPlan.Moment AT = new DialPlan.Moment(NOW, NOW, 42);
    static final Member JANE = RoutingFixtures.member(1, "Jane");
    static final Member PETER = RoutingFixtures.member(2, "Peter");
    static final Member LUKE = RoutingFixtures.member(3, "Luke");

    static final LineRouting LINE = RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", JANE, PETER),
            RoutingFixtures.tier(2, "ring-all", LUKE));

    @Test
    void a_lead_tier_rings_before_tier_one_with_its_own_timeout() {
        LineRouting withOwner = LINE.withLeads(List.of(Lead.OWNER.tier(List.of(LUKE), Strategy.RING_ALL, 15)));
        Ring first = (Ring) DialPlan.start(withOwner, AT).next();
        assertThat(names(first)).containsExactly("Luke");
        assertThat(first.tier().lead()).isEqualTo(Lead.OWNER);
        assertThat(first.tier().position()).isEqualTo(-1);
        assertThat(first.timeoutSeconds()).isEqualTo(15);
        Ring then = (Ring) DialPlan.after(withOwner, new Position(-1, List.of(), -1), AT).next();
        assertThat(names(then)).containsExactly("Jane", "Peter");
    }

    @Test
    void the_owner_still_rings_with_their_tier_afterwards() {
        LineRouting withOwner = LINE.withLeads(List.of(Lead.OWNER.tier(List.of(JANE), Strategy.RING_ALL, 15)));
        assertThat(names((Ring) DialPlan.after(withOwner, new Position(-1, List.of(), -1), AT).next())).containsExactly("Jane", "Peter");
    }

    @Test
    void people_on_the_rota_turn_are_not_rung_again_by_the_tiers() {
        LineRouting withTurn = LINE.withLeads(List.of(Lead.ROTA.tier(List.of(PETER, LUKE), Strategy.RING_ALL, 20)));
        assertThat(names((Ring) DialPlan.start(withTurn, AT).next())).containsExactly("Peter", "Luke");
        Decision afterTurn = DialPlan.after(withTurn, new Position(0, List.of(), -1), AT);
        assertThat(names((Ring) afterTurn.next())).containsExactly("Jane");
        Decision afterTierOne = DialPlan.after(withTurn, new Position(1, List.of(), -1), AT);
        assertThat(afterTierOne.skipped()).containsExactly(new Skip(2, null, null, "rung-first"));
        assertThat(afterTierOne.next()).isEqualTo(new DialPlan.Voicemail("no-one-answered"));
    }

    @Test
    void owner_rings_before_the_rota_turn_and_an_empty_lead_is_left_out() {
        LineRouting both = LINE.withLeads(List.of(Lead.ROTA.tier(List.of(PETER), Strategy.RING_ALL, 20),
                Lead.OWNER.tier(List.of(LUKE), Strategy.RING_ALL, 15), Lead.OWNER.tier(List.of(), Strategy.RING_ALL, 15)));
        assertThat(both.tiers()).extracting(LineRouting.Tier::position).containsExactly(-1, 0, 1, 2);
        assertThat(names((Ring) DialPlan.start(both, AT).next())).containsExactly("Luke");
        assertThat(names((Ring) DialPlan.after(both, new Position(-1, List.of(), -1), AT).next())).containsExactly("Peter");
    }

    @Test
    void an_ineligible_lead_is_skipped_and_tier_one_rings_at_once() {
        Member busyOwner = RoutingFixtures.with(LUKE, "available", 1, new LineRouting.Load(0, 1, null, 0));
        Decision d = DialPlan.start(LINE.withLeads(List.of(Lead.OWNER.tier(List.of(busyOwner), Strategy.RING_ALL, 15))), AT);
        assertThat(d.skipped()).containsExactly(new Skip(-1, 3L, "Luke", "busy"), new Skip(-1, null, null, "nobody-eligible"));
        assertThat(names((Ring) d.next())).containsExactly("Jane", "Peter");
    }

    @Test
    void a_one_at_a_time_turn_resumes_where_it_stood() {
        LineRouting withTurn = LINE.withLeads(List.of(Lead.ROTA.tier(List.of(PETER, LUKE), Strategy.SEQUENTIAL, 20)));
        Ring first = (Ring) DialPlan.start(withTurn, AT).next();
        assertThat(names(first)).containsExactly("Peter");
        Ring second = (Ring) DialPlan.after(withTurn, new Position(0, first.order(), first.index()), AT).next();
        assertThat(names(second)).containsExactly("Luke");
    }

    private static List<String> names(Ring ring) {
        return ring.members().stream().map(Member::name).toList();
    }
}
