package switchboard.provision;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import switchboard.db.SharedDaos;
import switchboard.db.SqlErrors;
import switchboard.plivoapi.PlivoAccount;
import switchboard.plivoapi.PlivoAccount.SipEndpoint;
import switchboard.plivoapi.PlivoAccount.Urls;
import switchboard.provision.ProvisioningDao.Row;
import switchboard.sip.SipUri;

/**
 * `plivo provision`: one Application pointing at PUBLIC_URL, and one SIP endpoint attached to it for every
 * line and app. Reads first ({@link #plan}), then changes only what differs ({@link #applyApplication}, {@link #applyEndpoints}): a second run
 * changes nothing. Endpoints we lost track of are found again by their alias or SIP URI, not duplicated.
 */
public final class Provisioning {
    public static final String APPLICATION_NAME = "Switchboard";

    public enum Action { CREATE, UPDATE, ADOPT, UNCHANGED }

    /** {@code urls} are the ones PUBLIC_URL makes; {@code existing} is the Application Plivo has (null: none yet). */
    public record AppPlan(Action action, String appId, Urls urls, PlivoAccount.PlivoApplication existing) {}

    /** {@code existing} is the endpoint Plivo already has for the row (null when one must be created). */
    public record EndpointPlan(Row row, Action action, SipEndpoint existing, String username) {}

    public record Plan(AppPlan application, List<EndpointPlan> endpoints) {}

    /** What happened to one row; the password only when the endpoint was just created. */
    public record Outcome(Row row, Action action, String sipUri, String password) {}

    private final Jdbi jdbi;
    private final PlivoAccount plivo;
    private final String authId;
    private final Urls urls;
    private final SecureRandom random = new SecureRandom();

    public Provisioning(Jdbi jdbi, PlivoAccount plivo, String authId, String publicUrl) {
        this.jdbi = jdbi;
        this.plivo = plivo;
        this.authId = authId;
        this.urls = new Urls(publicUrl + "/plivo/answer", publicUrl + "/plivo/hangup", publicUrl + "/plivo/fallback");
    }

    /** Reads our rows and Plivo's resources; changes nothing anywhere. */
    public Plan plan() {
        AppPlan app = application();
        List<SipEndpoint> onPlivo = plivo.endpoints();
        Map<String, SipEndpoint> byId = index(onPlivo, SipEndpoint::id);
        Map<String, SipEndpoint> byAlias = index(onPlivo, SipEndpoint::alias);
        Map<String, SipEndpoint> bySipUri = index(onPlivo, e -> e.sipUri() == null ? null : SipUri.normalize(e.sipUri()));
        List<Row> rows = SharedDaos.with(jdbi, ProvisioningDao.class, ProvisioningDao::rows);
        List<EndpointPlan> endpoints = rows.stream().map(row -> {
            SipEndpoint mine = row.endpointId() == null ? null : byId.get(row.endpointId());
            if (mine != null) {
                return new EndpointPlan(row, Objects.equals(mine.appId(), app.appId()) ? Action.UNCHANGED : Action.UPDATE, mine, null);
            }
            SipEndpoint found = Optional.ofNullable(byAlias.get(row.tag())).orElse(bySipUri.get(row.sipUri()));
            if (found != null) return new EndpointPlan(row, Action.ADOPT, found, null);
            return new EndpointPlan(row, Action.CREATE, null, EndpointCredentials.username(row));
        }).toList();
        return new Plan(app, endpoints);
    }

    /** Creates or updates the Application as planned and remembers its id; returns the id. */
    public String applyApplication(AppPlan app) {
        String appId = app.action() == Action.CREATE ? plivo.createApplication(APPLICATION_NAME, urls) : app.appId();
        if (app.action() == Action.UPDATE || app.action() == Action.ADOPT) plivo.updateApplication(appId, urls);
        SharedDaos.use(jdbi, ProvisioningDao.class, dao -> dao.storeApplication(authId, appId));
        return appId;
    }

    /** Carries out the endpoint plans, telling {@code done} about each row as soon as it is settled. */
    public void applyEndpoints(List<EndpointPlan> plans, String appId, Consumer<Outcome> done) {
        for (EndpointPlan p : plans) {
            switch (p.action()) {
                case UNCHANGED -> done.accept(new Outcome(p.row(), p.action(), p.row().sipUri(), null));
                case UPDATE, ADOPT -> {
                    if (!appId.equals(p.existing().appId())) plivo.attachEndpoint(p.existing().id(), appId);
                    done.accept(store(p.row(), p.action(), p.existing(), null));
                }
                case CREATE -> {
                    String password = EndpointCredentials.password(random);
                    SipEndpoint created = plivo.createEndpoint(p.username(), password, p.row().tag(), appId);
                    done.accept(store(p.row(), p.action(), created, password));
                }
            }
        }
    }

    /** The Application alone: the one we stored, else one named Switchboard; changes nothing. */
    public AppPlan application() {
        Optional<PlivoAccount.PlivoApplication> stored = SharedDaos.with(jdbi, ProvisioningDao.class, dao -> dao.applicationId(authId))
                .flatMap(plivo::application);
        if (stored.isPresent()) {
            return new AppPlan(stored.get().urls().equals(urls) ? Action.UNCHANGED : Action.UPDATE, stored.get().id(), urls,
                    stored.get());
        }
        return plivo.applicationNamed(APPLICATION_NAME).map(a -> new AppPlan(Action.ADOPT, a.id(), urls, a))
                .orElse(new AppPlan(Action.CREATE, null, urls, null));
    }

    private Outcome store(Row row, Action action, SipEndpoint endpoint, String password) {
        String sipUri = endpoint.sipUri() == null ? row.sipUri() : SipUri.normalize(endpoint.sipUri());
        try {
            jdbi.useTransaction(h -> SharedDaos.of(h, ProvisioningDao.class).storeEndpoint(row, endpoint.id(), sipUri));
        } catch (JdbiException e) {
            if (SqlErrors.uniqueConstraint(e).isEmpty()) throw e;
            throw new IllegalStateException(row.kind() + " " + row.id() + " (" + row.name() + "): Plivo's endpoint "
                    + endpoint.id() + " has SIP URI " + sipUri + ", which another line or app already has; change that"
                    + " one and run plivo provision again (it adopts the endpoint)");
        }
        return new Outcome(row, action, sipUri, password);
    }

    private static Map<String, SipEndpoint> index(List<SipEndpoint> endpoints, Function<SipEndpoint, String> key) {
        return endpoints.stream().filter(e -> key.apply(e) != null)
                .collect(Collectors.toMap(key, e -> e, (first, second) -> first));
    }
}
