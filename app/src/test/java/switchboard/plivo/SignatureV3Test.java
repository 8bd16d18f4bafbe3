package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.plivo.api.util.Utils;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureV3Test {

  // Official vectors from plivo/plivo-go utils_test.go: TestValidateSignatureV3Pass1..4 (current file),
  // TestValidateSignatureV3Pass/Fail (older revision, "https://answer.url" with my_auth_token)
  private static final String GO_TOKEN = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4";
  private static final String GO_NONCE = "31627761595286130198";
  private static final String GO_URL_QUERY =
      "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d";
  private static final String GO_URL = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml";

  private static Map<String, List<String>> goParams() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("Direction", List.of("outbound"));
    p.put("From", List.of("19792014278"));
    p.put("ALegUUID", List.of("3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"));
    p.put("CallStatus", List.of("in-progress"));
    p.put("BillRate", List.of("0.002"));
    p.put("ParentAuthID", List.of("MANWVLYTK4ZWU1YTY4QA"));
    p.put("To", List.of("sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com"));
    p.put("ALegRequestUUID", List.of("3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"));
    p.put("CallUUID", List.of("3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"));
    p.put("RequestUUID", List.of("3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"));
    p.put("SIP-H-To", List.of("<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1"));
    p.put("SessionStart", List.of("2020-04-08 11:34:33.238707"));
    p.put("Event", List.of("StartApp"));
    return p;
  }

  private static Map<String, List<String>> answerParams() {
    return Map.of("CallUUID", List.of("97ceeb52-58b6-11e1-86da-77300b68f8bb"), "Duration", List.of("300"));
  }

  private final SignatureV3 go = new SignatureV3(GO_TOKEN);
  private final SignatureV3 sig = new SignatureV3("my_auth_token");

  @Test
  void go_sdk_post_with_query_vector_passes() {
    assertThat(go.isValid("POST", GO_URL_QUERY, goParams(), GO_NONCE,
        "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=")).isTrue();
  }

  @Test
  void go_sdk_get_with_query_vector_passes() {
    assertThat(go.isValid("GET", GO_URL_QUERY, goParams(), GO_NONCE,
        "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ=")).isTrue();
  }

  @Test
  void go_sdk_post_vector_passes() {
    assertThat(go.isValid("POST", GO_URL, goParams(), GO_NONCE,
        "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")).isTrue();
  }

  @Test
  void go_sdk_get_vector_passes() {
    assertThat(go.isValid("GET", GO_URL, goParams(), GO_NONCE,
        "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc=")).isTrue();
  }

  @Test
  void go_sdk_pre_release_get_vector_is_rejected_because_that_draft_format_was_dropped() {
    // older utils_test.go "Pass" vector: signed "https://answer.url/?CallUUID=..&Duration=300&.12345"
    // (unsorted params, stray "/?" and "&"), a draft Plivo replaced with the sorted format above
    assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345",
        "rXj4UwTSVxH6Kj+W0qX8LaCvVOOvmzPGzY8sQVn3d1I=")).isFalse();
  }

  @Test
  void go_sdk_fail_vector_with_altered_signature_fails() {
    assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345",
        "rXj4UwTSVxH6Kj+W0qX8LaCvVOOvmzPGzY8sQVn3d1I+")).isFalse();
  }

  @Test
  void method_is_compared_case_insensitively() {
    assertThat(go.isValid("post", GO_URL, goParams(), GO_NONCE,
        "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")).isTrue();
    assertThat(go.isValid(new String("GET".toCharArray()), GO_URL, goParams(), GO_NONCE,
        "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc=")).isTrue();
  }

  @Test
  void one_valid_signature_among_several_comma_separated_passes() {
    String header = "bogus==, i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc= ,other";
    assertThat(go.isValid("GET", GO_URL, goParams(), GO_NONCE, header)).isTrue();
    assertThat(go.isValid("GET", GO_URL, goParams(), GO_NONCE, "bogus==,other")).isFalse();
  }

  @Test
  void tampered_body_fails() {
    Map<String, List<String>> tampered = goParams();
    tampered.put("To", List.of("sip:attacker@example.com"));
    assertThat(go.isValid("POST", GO_URL, tampered, GO_NONCE, "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")).isFalse();
  }

  @Test
  void wrong_token_fails() {
    assertThat(new SignatureV3("not_the_token").isValid("POST", GO_URL, goParams(), GO_NONCE,
        "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")).isFalse();
  }

  @Test
  void other_nonce_fails() {
    assertThat(go.isValid("POST", GO_URL, goParams(), "1", "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")).isFalse();
  }

  @Test
  void signature_over_url_with_or_without_explicit_port_passes() {
    String url = "https://example.com:8443/plivo/answer";
    Map<String, List<String>> p = answerParams();
    String withPort = sig.sign("POST", url, p, "n1");
    String withoutPort = sig.sign("POST", "https://example.com/plivo/answer", p, "n1");
    assertThat(withPort).isNotEqualTo(withoutPort);
    assertThat(sig.isValid("POST", url, p, "n1", withPort)).isTrue();
    assertThat(sig.isValid("POST", url, p, "n1", withoutPort)).isTrue();
    // without a port in the URL there is nothing to drop: a port-ful signature is not accepted
    assertThat(sig.isValid("POST", "https://example.com/plivo/answer", p, "n1", withPort)).isFalse();
  }

  @Test
  void sign_keeps_the_port_as_given() {
    assertThat(sig.sign("GET", "http://localhost:7070/a", Map.of(), "n"))
        .isNotEqualTo(sig.sign("GET", "http://localhost/a", Map.of(), "n"));
  }

  @Test
  void query_string_order_does_not_matter_but_its_content_does() {
    Map<String, List<String>> p = answerParams();
    String s = sig.sign("POST", "https://example.com/cb?tier=2&call=abc", p, "n");
    assertThat(sig.isValid("POST", "https://example.com/cb?call=abc&tier=2", p, "n", s)).isTrue();
    assertThat(sig.isValid("POST", "https://example.com/cb?call=abc&tier=3", p, "n", s)).isFalse();
    assertThat(sig.isValid("POST", "https://example.com/cb", p, "n", s)).isFalse();
  }

  @Test
  void get_signs_url_query_and_params_together() {
    // GET merges query and params, so moving a param into the URL keeps the signature
    String s = sig.sign("GET", "https://example.com/cb?tier=2", answerParams(), "n");
    Map<String, List<String>> all = new HashMap<>(answerParams());
    all.put("tier", List.of("2"));
    assertThat(sig.isValid("GET", "https://example.com/cb", all, "n", s)).isTrue();
    assertThat(sig.isValid("POST", "https://example.com/cb?tier=2", answerParams(), "n", s)).isFalse();
  }

  @Test
  void repeated_values_are_signed_in_sorted_order() {
    String s = sig.sign("POST", "https://example.com/cb", Map.of("Digits", List.of("2", "1")), "n");
    assertThat(sig.isValid("POST", "https://example.com/cb", Map.of("Digits", List.of("1", "2")), "n", s)).isTrue();
    assertThat(sig.isValid("POST", "https://example.com/cb", Map.of("Digits", List.of("1")), "n", s)).isFalse();
  }

  @Test
  void empty_and_null_params_sign_the_same() {
    String s = sig.sign("POST", "https://example.com/cb", Map.of(), "n");
    assertThat(sig.isValid("POST", "https://example.com/cb", null, "n", s)).isTrue();
    assertThat(sig.isValid("GET", "https://example.com/cb", Map.of(), "n", sig.sign("GET", "https://example.com/cb", null, "n"))).isTrue();
  }

  @Test
  void blank_or_missing_header_fails() {
    assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345", null)).isFalse();
    assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345", "")).isFalse();
    assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345", "  ,  ")).isFalse();
  }

  @Test
  void odd_input_returns_false_instead_of_throwing() {
    String good = "rXj4UwTSVxH6Kj+W0qX8LaCvVOOvmzPGzY8sQVn3d1I=";
    assertThatCode(() -> {
      assertThat(sig.isValid("GET", "https://answer.url", answerParams(), null, good)).isFalse();
      assertThat(sig.isValid("GET", "not a url at all", answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid("GET", "/relative/path", answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid("GET", null, answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid(null, "https://answer.url", answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid("PUT", "https://answer.url", answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid("GET", "https://answer.url?x=%zz", answerParams(), "12345", good)).isFalse();
      assertThat(sig.isValid("GET", "https://answer.url", answerParams(), "12345", "ünïcödé")).isFalse();
      Map<String, List<String>> withNull = new HashMap<>();
      withNull.put("a", null);
      assertThat(sig.isValid("POST", "https://answer.url", withNull, "12345", good)).isFalse();
    }).doesNotThrowAnyException();
  }

  @Test
  void sign_round_trips_through_is_valid() {
    String url = "https://example.com:8080/cb/status?b=2&a=1&a=0";
    Map<String, List<String>> p = Map.of("CallStatus", List.of("completed"), "X", List.of("z", "y"));
    for (String method : List.of("GET", "POST")) {
      assertThat(sig.isValid(method, url, p, "nonce-1", sig.sign(method, url, p, "nonce-1"))).isTrue();
    }
  }

  @Test
  void sign_matches_plivo_python_for_query_decoding_ports_and_repeated_values() {
    // expected values computed by plivo-python's signature_v3 helpers (token my_auth_token, nonce "n")
    Map<String, List<String>> p = Map.of("CallStatus", List.of("completed"), "X", List.of("z", "y"));
    String url = "https://example.com:8080/cb/status?b=2&a=1&a=0";
    assertThat(sig.sign("POST", url, p, "n")).isEqualTo("1qRyhX1yogx10d9TGlJc4pRT/2+sXO2vUiKIUJ6PqB8=");
    assertThat(sig.sign("GET", url, p, "n")).isEqualTo("SkreEyJiyRwQp6Qf6JPDFXjHoFJxRZ8OYkJS8MIDixo=");
    String encoded = "https://example.com/cb?x=a%20b+c&flag";
    assertThat(sig.sign("POST", encoded, Map.of(), "n")).isEqualTo("ua8g1TpFAvBgCos+jf9kQ/LiO/UKvEusivONNJtXCFk=");
    assertThat(sig.sign("GET", encoded, Map.of(), "n")).isEqualTo("ua8g1TpFAvBgCos+jf9kQ/LiO/UKvEusivONNJtXCFk=");
    assertThat(sig.sign("POST", "https://example.com/cb", Map.of(), "n")).isEqualTo("Xc0mFrSm15GA3FTMXOA6C8ilif9Qd7yaWtepNoYVVOE=");
    assertThat(sig.sign("POST", "https://example.com/cb?q=1", Map.of("Digits", List.of("2", "1")), "n"))
        .isEqualTo("22tkuYZe6fM/cN0VdYOHjIAMA4qPJTG5wUsyhatV6UM=");
  }

  @Test
  void sign_matches_plivo_java_for_a_simple_post() throws Exception {
    String url = "https://switchboard.example.com/plivo/answer";
    Map<String, String> single = Map.of("CallUUID", "97ceeb52-58b6-11e1-86da-77300b68f8bb",
        "From", "14155550100", "Direction", "inbound");
    Map<String, List<String>> multi = new HashMap<>();
    single.forEach((k, v) -> multi.put(k, List.of(v)));
    String ours = sig.sign("POST", url, multi, "987654321");
    // plivo-java compares the method with ==, so the literal "POST" is required here
    assertThat(Utils.validateSignatureV3(url, "987654321", ours, "my_auth_token", "POST", single)).isTrue();
    assertThat(Utils.computeSignatureV3(url, "987654321", "my_auth_token", "POST", single)).isEqualTo(ours);
  }
}
