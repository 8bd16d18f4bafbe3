package switchboard.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import switchboard.sip.SipUri;

class SipUriTest {

  @Test
  void scheme_and_host_case_are_folded_to_lower_case() {
    assertThat(SipUri.normalize("SIP:bob@Phone.Plivo.COM")).isEqualTo("sip:bob@phone.plivo.com");
    assertThat(SipUri.normalize("Sip:bob@x.com")).isEqualTo("sip:bob@x.com");
  }

  @Test
  void user_part_is_folded_too_as_documented_canonical_form() {
    assertThat(SipUri.normalize("sip:Bob@x.com")).isEqualTo("sip:bob@x.com");
  }

  @Test
  void uri_parameters_after_a_semicolon_are_dropped() {
    assertThat(SipUri.normalize("sip:bob@x.com;transport=udp")).isEqualTo("sip:bob@x.com");
    assertThat(SipUri.normalize("sip:bob@x.com:5060;transport=tcp;lr")).isEqualTo("sip:bob@x.com:5060");
  }

  @Test
  void headers_after_a_question_mark_are_dropped() {
    assertThat(SipUri.normalize("sip:bob@x.com?Subject=hello&Priority=urgent")).isEqualTo("sip:bob@x.com");
    assertThat(SipUri.normalize("sip:bob@x.com;transport=udp?X-Foo=1")).isEqualTo("sip:bob@x.com");
  }

  @Test
  void display_name_and_angle_brackets_are_removed() {
    assertThat(SipUri.normalize("\"Bob\" <sip:bob@x.com>")).isEqualTo("sip:bob@x.com");
    assertThat(SipUri.normalize("Bob Smith <SIP:Bob@Phone.Plivo.com;transport=udp>;tag=1"))
        .isEqualTo("sip:bob@phone.plivo.com");
    assertThat(SipUri.normalize("<sip:bob@x.com>")).isEqualTo("sip:bob@x.com");
  }

  @Test
  void missing_sip_prefix_is_added() {
    assertThat(SipUri.normalize("bob@x.com")).isEqualTo("sip:bob@x.com");
    assertThat(SipUri.normalize("  Bob@X.com  ")).isEqualTo("sip:bob@x.com");
  }

  @Test
  void sips_scheme_is_canonicalised_to_sip() {
    assertThat(SipUri.normalize("sips:bob@x.com")).isEqualTo("sip:bob@x.com");
    assertThat(SipUri.normalize("SIPS:bob@x.com;transport=tls")).isEqualTo("sip:bob@x.com");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t", "sip:", "SIPS:", "<>", "sip:;transport=udp"})
  void blank_null_or_empty_uri_normalizes_to_empty_string(String raw) {
    assertThat(SipUri.normalize(raw)).isEmpty();
  }

  @Test
  void bare_phone_number_stays_a_number() {
    assertThat(SipUri.normalize("+14155551234")).isEqualTo("+14155551234");
    assertThat(SipUri.normalize("14155551234")).isEqualTo("14155551234");
    assertThat(SipUri.normalize(" +14155551234 ")).isEqualTo("+14155551234");
  }

  @Test
  void number_with_a_host_is_a_sip_uri() {
    assertThat(SipUri.normalize("+14155551234@phone.plivo.com")).isEqualTo("sip:+14155551234@phone.plivo.com");
  }

  @Test
  void normalize_is_idempotent() {
    for (String raw : new String[] {"\"Bob\" <SIP:Bob@X.com;transport=udp>", "bob@x.com", "+14155551234", ""}) {
      String once = SipUri.normalize(raw);
      assertThat(SipUri.normalize(once)).as(raw).isEqualTo(once);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sip:bob@x.com",
      "SIP:Bob@Phone.Plivo.com",
      "sip:jane123456789012@phone.plivo.com",
      "sip:bob@x.com:5060",
      "\"Bob\" <sip:bob@x.com;transport=udp>",
      "bob@x.com",
      "sip:bob.smith_1-2@10.0.0.1"})
  void is_valid_accepts_routable_sip_uris(String raw) {
    assertThat(SipUri.isValid(raw)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "sip:",
      "not a uri",
      "sip:bob smith@x.com",
      "sip:bob@x .com",
      "sip:bob",
      "sip:@x.com",
      "sip:bob@",
      "+14155551234",
      "sip:bob@x.com:123456",
      "<sip:bob@x.com"})
  void is_valid_rejects_junk(String raw) {
    assertThat(SipUri.isValid(raw)).isFalse();
  }
}
