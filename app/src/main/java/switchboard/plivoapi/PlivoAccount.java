package switchboard.plivoapi;

import com.plivo.api.models.application.Application;
import com.plivo.api.models.endpoint.Endpoint;
import java.util.List;
import java.util.Optional;

/** The Plivo resources provisioning manages: our Application and the SIP endpoints attached to it. */
public final class PlivoAccount {
    private final PlivoConnection plivo;

    public PlivoAccount(PlivoConnection plivo) {
        this.plivo = plivo;
    }

    /** The URLs Plivo calls for every call to an endpoint attached to the application. */
    public record Urls(String answer, String hangup, String fallback) {}

    /** Our Plivo Application: the answer, hangup and fallback URLs of every call to its endpoints. */
    public record PlivoApplication(String id, String name, Urls urls) {}

    /** {@code appId} is the Application it is attached to (null: Plivo's default endpoint app). */
    public record SipEndpoint(String id, String username, String alias, String sipUri, String appId) {}

    public Optional<PlivoApplication> application(String appId) {
        try {
            return Optional.of(toApplication(plivo.request("reading application " + appId,
                    c -> Application.getter(appId).client(c).get())));
        } catch (PlivoApiError e) {
            if (e.kind() == PlivoApiError.Kind.NOT_FOUND) return Optional.empty();
            throw e;
        }
    }

    public Optional<PlivoApplication> applicationNamed(String name) {
        return plivo.all("listing applications", () -> Application.lister().appName(name)).stream()
                .filter(a -> name.equals(a.getAppName())).findFirst().map(PlivoAccount::toApplication);
    }

    public String createApplication(String name, Urls urls) {
        return plivo.request("creating application " + name, c -> Application.creator(name)
                .answerUrl(urls.answer()).answerMethod("POST").hangupUrl(urls.hangup()).hangupMethod("POST")
                .fallbackAnswerUrl(urls.fallback()).fallbackMethod("POST").client(c).create()).getAppId();
    }

    public void updateApplication(String appId, Urls urls) {
        plivo.request("updating application " + appId, c -> Application.updater(appId)
                .answerUrl(urls.answer()).answerMethod("POST").hangupUrl(urls.hangup()).hangupMethod("POST")
                .fallbackAnswerUrl(urls.fallback()).fallbackMethod("POST").client(c).update());
    }

    public List<SipEndpoint> endpoints() {
        return plivo.all("listing endpoints", Endpoint::lister).stream().map(PlivoAccount::endpoint).toList();
    }

    /** Creates an endpoint and reads it back: Plivo appends digits to the username, and only the read shows the SIP URI. */
    public SipEndpoint createEndpoint(String username, String password, String alias, String appId) {
        String id = plivo.request("creating endpoint " + username, c -> Endpoint.creator(username, password, alias)
                .appId(appId).client(c).create()).getEndpointId();
        return endpoint(plivo.request("reading endpoint " + id, c -> Endpoint.getter(id).client(c).get()));
    }

    public void attachEndpoint(String endpointId, String appId) {
        plivo.request("attaching endpoint " + endpointId, c -> Endpoint.updater(endpointId).appId(appId).client(c).update());
    }

    private static PlivoApplication toApplication(Application a) {
        return new PlivoApplication(a.getAppId(), a.getAppName(), new Urls(a.getAnswerUrl(), a.getHangupUrl(), a.getFallbackAnswerUrl()));
    }

    private static SipEndpoint endpoint(Endpoint e) {
        return new SipEndpoint(e.getEndpointId(), e.getUsername(), e.getAlias(), e.getSipUri(), appId(e.getApplication()));
    }

    /** "/v1/Account/MA.../Application/3340626740/" -> "3340626740". */
    static String appId(String applicationUri) {
        if (applicationUri == null || applicationUri.isBlank()) return null;
        String[] parts = applicationUri.replaceAll("/+$", "").split("/");
        return parts[parts.length - 1];
    }
}
