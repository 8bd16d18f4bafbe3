package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.routing.DialPlan.Decision;
import switchboard.routing.DialPlan.Ring;
import switchboard.routing.DialPlan.Skip;
import switchboard.routing.DialPlan.Voicemail;
import switchboard.routing.LineRouting.App;
import switchboard.routing.LineRouting.Member;
import switchboard.routing.LineRouting.Tier;

class DialPlanTest {

  private static final App JANE_DESK = new App(1, "desk", "sip:jane-desk@phone.plivo.com");
  private static final App JANE_MOBILE = new App(2, "mobile", "sip:jane-mobile@phone.plivo.com");
  private static final App PETER_DESK = new App(3, "desk", "sip:peter@phone.plivo.com");
  private static final App LUKE_DESK = new App(4, "desk", "sip:luke@phone.plivo.com");

  private static final Member JANE = new Member(1, "Jane", List.of(JANE_DESK, JANE_MOBILE));
  private static final Member PETER = new Member(2, "Peter", List.of(PETER_DESK));
  private static final Member LUKE = new Member(3, "Luke", List.of(LUKE_DESK));
  private static final Member NO_APPS = new Member(4, "Nobody", List.of());

  private static Tier tier(int position, Member... members) {
    return new Tier(position, 20, List.of(members));
  }

  private static LineRouting line(Tier... tiers) {
    return new LineRouting(7, "Main Office", null, Arrays.asList(tiers));
  }

  private static Tier rung(Decision d) {
    assertThat(d.next()).isInstanceOf(Ring.class);
    return ((Ring) d.next()).tier();
  }

  @Test
  void start_rings_the_first_tier() {
    Tier first = tier(1, JANE);
    Decision d = DialPlan.start(line(first, tier(2, PETER)));
    assertThat(rung(d)).isEqualTo(first);
    assertThat(d.skipped()).isEmpty();
  }

  @Test
  void after_a_tier_rings_the_next_tier() {
    Tier second = tier(2, PETER);
    LineRouting line = line(tier(1, JANE), second, tier(3, LUKE));
    Decision d = DialPlan.after(line, 1);
    assertThat(rung(d)).isEqualTo(second);
    assertThat(d.skipped()).isEmpty();
    assertThat(rung(DialPlan.after(line, 2)).position()).isEqualTo(3);
  }

  @Test
  void tier_without_members_is_skipped_with_reason_no_apps() {
    Tier third = tier(3, LUKE);
    Decision d = DialPlan.after(line(tier(1, JANE), tier(2), third), 1);
    assertThat(d.skipped()).containsExactly(new Skip(2, "no-apps"));
    assertThat(rung(d)).isEqualTo(third);
  }

  @Test
  void tier_whose_members_have_no_apps_is_skipped() {
    Tier third = tier(3, PETER);
    Decision d = DialPlan.start(line(tier(1, NO_APPS), tier(2, NO_APPS, NO_APPS), third));
    assertThat(d.skipped()).containsExactly(new Skip(1, "no-apps"), new Skip(2, "no-apps"));
    assertThat(rung(d)).isEqualTo(third);
  }

  @Test
  void after_the_last_tier_the_caller_goes_to_voicemail() {
    Decision d = DialPlan.after(line(tier(1, JANE), tier(2, PETER)), 2);
    assertThat(d.next()).isEqualTo(new Voicemail());
    assertThat(d.skipped()).isEmpty();
  }

  @Test
  void trailing_empty_tiers_are_skipped_before_voicemail() {
    Decision d = DialPlan.after(line(tier(1, JANE), tier(2), tier(3, NO_APPS)), 1);
    assertThat(d.next()).isInstanceOf(Voicemail.class);
    assertThat(d.skipped()).containsExactly(new Skip(2, "no-apps"), new Skip(3, "no-apps"));
  }

  @Test
  void line_with_no_tiers_goes_straight_to_voicemail() {
    Decision d = DialPlan.start(line());
    assertThat(d.next()).isInstanceOf(Voicemail.class);
    assertThat(d.skipped()).isEmpty();
  }

  @Test
  void line_whose_tiers_all_lack_apps_goes_to_voicemail_listing_every_skip() {
    Decision d = DialPlan.start(line(tier(1), tier(2, NO_APPS)));
    assertThat(d.next()).isInstanceOf(Voicemail.class);
    assertThat(d.skipped()).extracting(Skip::tierPosition).containsExactly(1, 2);
  }

  @Test
  void non_contiguous_positions_are_followed_in_order() {
    LineRouting line = line(tier(1, JANE), tier(3, PETER), tier(7, LUKE));
    assertThat(rung(DialPlan.start(line)).position()).isEqualTo(1);
    assertThat(rung(DialPlan.after(line, 1)).position()).isEqualTo(3);
    assertThat(rung(DialPlan.after(line, 2)).position()).isEqualTo(3);
    assertThat(rung(DialPlan.after(line, 3)).position()).isEqualTo(7);
    assertThat(DialPlan.after(line, 7).next()).isInstanceOf(Voicemail.class);
  }

  @Test
  void tier_apps_flattens_member_apps_in_member_order() {
    assertThat(tier(1, PETER, JANE, NO_APPS, LUKE).apps())
        .containsExactly(PETER_DESK, JANE_DESK, JANE_MOBILE, LUKE_DESK);
    assertThat(tier(1).apps()).isEmpty();
  }

  @Test
  void ring_carries_every_app_of_the_tier() {
    Decision d = DialPlan.start(line(tier(1, JANE, PETER)));
    assertThat(rung(d).apps()).extracting(App::sipUri).containsExactly(
        "sip:jane-desk@phone.plivo.com", "sip:jane-mobile@phone.plivo.com", "sip:peter@phone.plivo.com");
  }
}
