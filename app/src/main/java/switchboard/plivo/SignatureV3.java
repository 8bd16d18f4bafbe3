package switchboard.plivo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and creates Plivo X-Plivo-Signature-V3 signatures. Thread-safe, immutable.
 * Signature = Base64(HMAC-SHA256(token, canonical + "." + nonce)), canonical as plivo-python/go build it:
 * GET {@code base[?k=v&k=v]} (URL query + params, sorted); POST {@code base?[query.]k1v1k2v2} (sorted),
 * or {@code base[?query]} when there are no params.
 */
public final class SignatureV3 {
  private final byte[] key;

  public SignatureV3(String authToken) {
    // fail at startup rather than reject every callback later
    if (authToken == null || authToken.isEmpty()) {
      throw new IllegalArgumentException("auth token must not be empty");
    }
    this.key = authToken.getBytes(UTF_8);
  }

  /** url: the full public URL Plivo called, including any query string. params: the callback's parameters (for POST the form body; for GET, extra params beyond the URL's query, may be empty). signatureHeader: raw header value, may hold several comma-separated signatures; null/blank -> false. */
  public boolean isValid(String method, String url, Map<String, List<String>> params, String nonce,
      String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank() || nonce == null) {
      return false;
    }
    try {
      List<byte[]> expected = new ArrayList<>();
      expected.add(hmac(canonical(method, url, params, false) + "." + nonce).getBytes(US_ASCII));
      // plivo-java signs without the explicit port, python/node with it: accept both
      if (new URI(url).getPort() != -1) {
        expected.add(hmac(canonical(method, url, params, true) + "." + nonce).getBytes(US_ASCII));
      }
      boolean match = false;
      for (String candidate : signatureHeader.split(",")) {
        byte[] given = candidate.trim().getBytes(US_ASCII);
        for (byte[] e : expected) {
          match |= MessageDigest.isEqual(given, e); // no early exit: constant time per candidate
        }
      }
      return match;
    } catch (Exception e) {
      return false; // unparsable URL, unknown method, null keys: simply not a valid signature
    }
  }

  /** The Base64 signature Plivo would send for this request (used by tests and benchmarks to sign requests). */
  public String sign(String method, String url, Map<String, List<String>> params, String nonce) {
    try {
      return hmac(canonical(method, url, params, false) + "." + nonce);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad url: " + url, e);
    }
  }

  private static String canonical(String method, String url, Map<String, List<String>> params,
      boolean dropPort) throws URISyntaxException {
    URI uri = new URI(url);
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("not an absolute URL: " + url);
    }
    String authority = uri.getRawAuthority();
    if (dropPort && uri.getPort() != -1) {
      authority = authority.substring(0, authority.lastIndexOf(':'));
    }
    String base = uri.getScheme() + "://" + authority + (uri.getRawPath() == null ? "" : uri.getRawPath());
    TreeMap<String, List<String>> query = parseQuery(uri.getRawQuery());
    TreeMap<String, List<String>> extra = new TreeMap<>(params == null ? Map.of() : params);
    if ("GET".equalsIgnoreCase(method)) {
      // GET signs the URL's query and the extra params as one sorted query string
      extra.forEach((k, v) -> query.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      String q = join(query, "=", "&");
      return q.isEmpty() ? base : base + "?" + q;
    }
    if (!"POST".equalsIgnoreCase(method)) {
      throw new IllegalArgumentException("Plivo only calls back with GET or POST: " + method);
    }
    String q = join(query, "=", "&");
    if (extra.isEmpty()) {
      return q.isEmpty() ? base : base + "?" + q;
    }
    return base + "?" + (q.isEmpty() ? "" : q + ".") + join(extra, "", "");
  }

  // decoded like Python's parse_qs(keep_blank_values=True): "a" alone means a=""
  private static TreeMap<String, List<String>> parseQuery(String rawQuery) {
    TreeMap<String, List<String>> out = new TreeMap<>();
    if (rawQuery == null) return out;
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.computeIfAbsent(URLDecoder.decode(k, UTF_8), x -> new ArrayList<>())
          .add(URLDecoder.decode(v, UTF_8));
    }
    return out;
  }

  // keys come sorted from the TreeMap; repeated values are sorted too, as the SDKs do
  private static String join(TreeMap<String, List<String>> map, String kvSep, String pairSep) {
    StringJoiner out = new StringJoiner(pairSep);
    map.forEach((k, values) -> values.stream().sorted().forEach(v -> out.add(k + kvSep + v)));
    return out.toString();
  }

  private String hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256"); // per call: Mac is not thread-safe
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e); // every JRE must ship it
    }
  }
}
