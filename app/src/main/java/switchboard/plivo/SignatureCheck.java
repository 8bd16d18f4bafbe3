package switchboard.plivo;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import switchboard.config.Config;
import switchboard.web.FormData;

/**
 * Refuses any /plivo/* request that Plivo did not sign (X-Plivo-Signature-V3), checked against PUBLIC_URL, and a signed
 * one whose nonce came before with a different request ({@link Nonces}).
 */
public final class SignatureCheck {
    private final String publicUrl;
    private final boolean enabled;
    private final SignatureV3 signature;

    private final Nonces nonces;

    public SignatureCheck(Config config, Nonces nonces) {
        this.publicUrl = config.publicUrl();
        this.enabled = config.verifySignatures();
        this.signature = config.plivoAuthToken().map(SignatureV3::new).orElse(null);
        this.nonces = nonces;
    }

    public void check(Context ctx) {
        if (!enabled) return;
        if (signature == null) {
            throw new ForbiddenResponse("webhooks are refused: PLIVO_AUTH_TOKEN is not set"
                    + " (set PLIVO_VERIFY_SIGNATURES=false for local work without Plivo)");
        }
        // The URL Plivo called is the public one, not what we see behind ngrok or Heroku's router.
        String query = ctx.queryString();
        String url = publicUrl + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        boolean get = ctx.method() == HandlerType.GET;
        Map<String, List<String>> params = get ? Map.of() : FormData.webhookParams(ctx);
        String method = get ? "GET" : "POST";
        String nonce = ctx.header("X-Plivo-Signature-V3-Nonce");
        if (!signature.isValid(method, url, params, nonce, ctx.header("X-Plivo-Signature-V3"))
                && !signature.isValid(method, url, params, nonce, ctx.header("X-Plivo-Signature-Ma-V3"))) {
            throw new ForbiddenResponse("invalid or missing X-Plivo-Signature-V3");
        }
        if (!nonces.firstUseOrRepeat(nonce, method, url, get ? new byte[0] : ctx.bodyAsBytes())) {
            throw new ForbiddenResponse("this signature's nonce came before with a different request");
        }
    }
}
