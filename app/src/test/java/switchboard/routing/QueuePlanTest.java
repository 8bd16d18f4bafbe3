package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import switchboard.routing.LineRouting.Load;
import switchboard.routing.LineRouting.Member;

/** The caller queue's pure decisions: who waits, and whom a waiting caller is offered to. */
class QueuePlanTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z"); // a Monday
    static final DialPlan.Moment AT = new DialPlan.Moment(NOW, NOW, 42);
    static final QueueRules ON = new QueueRules(true, 300, 2, 30, null, "1", "2", 60);
    static final Load TALKING = new Load(0, 1, null, 0);

    static final Member ANN = RoutingFixtures.member(1, "Ann");
    static final Member BOB = RoutingFixtures.member(2, "Bob");
    static final Member CY = RoutingFixtures.member(3, "Cy");

    private static LineRouting queued(int waiting, LineRouting.Tier... tiers) {
        LineRouting line = RoutingFixtures.line(tiers);
        return new LineRouting(line.lineId(), line.lineName(), null, line.rules(), line.tiers(), ON, waiting);
    }

    private static Member busy(Member m) {
        return RoutingFixtures.with(m, "available", 1, TALKING);
    }

    @Test
    void a_call_nobody_answered_waits_when_someone_logged_in_is_merely_busy() {
        LineRouting line = queued(0, RoutingFixtures.tier(1, "ring-all", busy(ANN)));
        DialPlan.Decision d = DialPlan.after(line, DialPlan.Position.START, AT);
        assertThat(d.next()).isInstanceOf(DialPlan.Wait.class);
        assertThat(d.queueSkipped()).isNull();
        Member reserved = RoutingFixtures.with(ANN, "available", 1, new Load(1, 0, null, 0));
        assertThat(QueuePlan.skipReason(queued(0, RoutingFixtures.tier(1, "ring-all", reserved)), NOW)).isEmpty();
        Member wrapUp = RoutingFixtures.with(ANN, "available", 1, new Load(0, 0, NOW.minusSeconds(5), 0));
        LineRouting wrapping = queued(0, RoutingFixtures.tier(1, "ring-all", wrapUp));
        wrapping = new LineRouting(7, "Main Office", null, new LineRouting.Rules(30, null, RoutingFixtures.UTC, WeeklyHours.ALWAYS,
                java.util.Map.of(), null, null), wrapping.tiers(), ON, 0);
        assertThat(QueuePlan.skipReason(wrapping, NOW)).isEmpty();
    }

    @Test
    void each_reason_not_to_wait_is_named() {
        assertThat(QueuePlan.skipReason(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", busy(ANN))), NOW)).hasValue("disabled");
        Member away = RoutingFixtures.with(busy(ANN), "away", 1, TALKING);
        Member offHours = RoutingFixtures.offHours(busy(BOB));
        Member noApps = new Member(4, "Dee", List.of(), "available", 1, RoutingFixtures.UTC, WeeklyHours.ALWAYS, TALKING);
        assertThat(QueuePlan.skipReason(queued(0, RoutingFixtures.tier(1, "ring-all", away, offHours, noApps)), NOW))
                .hasValue("nobody-logged-in");
        assertThat(QueuePlan.skipReason(queued(0, RoutingFixtures.tier(1, "ring-all", ANN)), NOW)).as("free, and let it ring out")
                .hasValue("nobody-busy");
        assertThat(QueuePlan.skipReason(queued(2, RoutingFixtures.tier(1, "ring-all", busy(ANN))), NOW)).hasValue("full");
        LineRouting closed = queued(0, RoutingFixtures.tier(1, "ring-all", busy(ANN)));
        closed = new LineRouting(7, "x", null, new LineRouting.Rules(0, null, RoutingFixtures.UTC, RoutingFixtures.weekendsOnly(),
                java.util.Map.of(), null, null), closed.tiers(), ON, 0);
        assertThat(QueuePlan.skipReason(closed, NOW)).hasValue("closed");
        assertThat(DialPlan.start(closed, AT).queueSkipped()).isEqualTo("closed");
    }

    @Test
    void without_a_queue_voicemail_says_the_queue_is_disabled() {
        DialPlan.Decision d = DialPlan.after(RoutingFixtures.line(RoutingFixtures.tier(1, "ring-all", busy(ANN))),
                DialPlan.Position.START, AT);
        assertThat(d.next()).isEqualTo(new DialPlan.Voicemail("no-one-answered"));
        assertThat(d.queueSkipped()).isEqualTo("disabled");
    }

    @Test
    void an_offer_goes_to_the_first_tier_with_someone_free_in_its_order() {
        LineRouting line = queued(1, RoutingFixtures.tier(1, "sequential", busy(ANN), BOB, CY), RoutingFixtures.tier(2, "ring-all", busy(CY)));
        assertThat(QueuePlan.offer(line, NOW, 1, Set.of()).orElseThrow().members()).extracting(Member::name).containsExactly("Bob");
        assertThat(QueuePlan.offer(line, NOW, 1, Set.of(2L)).orElseThrow().members()).extracting(Member::name).containsExactly("Cy");
        LineRouting ringAll = queued(1, RoutingFixtures.tier(1, "ring-all", busy(ANN)), RoutingFixtures.tier(2, "ring-all", BOB, CY));
        var ring = QueuePlan.offer(ringAll, NOW, 1, Set.of()).orElseThrow();
        assertThat(ring.members()).extracting(Member::name).containsExactly("Bob", "Cy");
        assertThat(ring.tier().position()).isEqualTo(2);
        assertThat(QueuePlan.offer(ringAll, NOW, 1, Set.of(2L, 3L))).isEmpty();
        assertThat(QueuePlan.eligible(ringAll, NOW)).containsExactly(2L, 3L);
    }

    @Test
    void among_equals_the_tiers_strategy_decides() {
        Member idleLong = RoutingFixtures.with(BOB, "available", 1, new Load(0, 0, NOW.minusSeconds(3600), 0));
        Member idleShort = RoutingFixtures.with(CY, "available", 1, new Load(0, 0, NOW.minusSeconds(60), 0));
        LineRouting line = queued(1, RoutingFixtures.tier(1, "longest-idle", idleShort, idleLong));
        assertThat(QueuePlan.offer(line, NOW, 1, Set.of()).orElseThrow().members()).extracting(Member::name).containsExactly("Bob");
    }
}
