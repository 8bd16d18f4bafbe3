package switchboard.plivoapi;

import com.plivo.api.PlivoClient;
import com.plivo.api.models.base.BaseResource;
import com.plivo.api.models.base.ListResponse;
import com.plivo.api.models.base.VoiceLister;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import switchboard.config.BadSetting;
import switchboard.config.Config;

/**
 * plivo-java, aimed at PLIVO_API_URL and bounded by PLIVO_API_TIMEOUT; every request goes through
 * {@link #request}, which turns whatever the SDK throws into one {@link PlivoApiError}.
 */
public final class PlivoConnection {
    private static final int PAGE_SIZE = 20; // Plivo's maximum
    private static final int MAX_PAGES = 500;

    private final PlivoClient client;
    private final Config.PlivoRest settings;

    private PlivoConnection(PlivoClient client, Config.PlivoRest settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Empty without PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN. */
    public static Optional<PlivoConnection> open(Config config) {
        if (config.plivoAuthId().isEmpty() || config.plivoAuthToken().isEmpty()) return Optional.empty();
        Config.PlivoRest rest = config.plivoRest();
        HttpUrl target = HttpUrl.get(rest.apiUrl());
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(rest.timeout()).readTimeout(rest.timeout()).writeTimeout(rest.timeout())
                .addInterceptor(chain -> chain.proceed(aimedAt(target, chain.request())))
                .addInterceptor(PlivoConnection::statusInErrorBody);
        try {
            // This constructor keeps the SDK's own Jackson module and logs no HTTP traffic (passwords travel in bodies).
            PlivoClient client = new PlivoClient(config.plivoAuthId().get(), config.plivoAuthToken().get(), http);
            return Optional.of(new PlivoConnection(client, rest));
        } catch (IllegalArgumentException e) {
            throw new BadSetting("PLIVO_AUTH_ID", "is not a Plivo auth id (MA... or SA...)");
        }
    }

    public String apiUrl() {
        return settings.apiUrl();
    }

    /** One SDK call; {@code doing} says what for, in the error message. */
    <T> T request(String doing, SdkCall<T> call) {
        try {
            return call.run(client);
        } catch (Exception e) {
            throw PlivoApiError.of(doing, e, this);
        }
    }

    /** Every page of a list, {@value #PAGE_SIZE} at a time, until Plivo says there is no next page. */
    <T extends BaseResource> List<T> all(String doing, java.util.function.Supplier<VoiceLister<T>> lister) {
        List<T> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int offset = page * PAGE_SIZE;
            ListResponse<T> response = request(doing, c -> lister.get().limit(PAGE_SIZE).offset(offset).client(c).list());
            List<T> objects = response == null || response.getObjects() == null ? List.of() : response.getObjects();
            items.addAll(objects);
            boolean more = response != null && response.getMeta() != null && response.getMeta().getNext() != null;
            if (!more || objects.isEmpty()) break;
        }
        return items;
    }

    Duration timeout() {
        return settings.timeout();
    }

    interface SdkCall<T> {
        T run(PlivoClient client) throws Exception;
    }

    /** plivo-java's voice APIs ignore its base URL: send each request to PLIVO_API_URL instead. */
    static okhttp3.Request aimedAt(HttpUrl target, okhttp3.Request request) {
        String prefix = target.encodedPath().replaceAll("/+$", "");
        HttpUrl url = request.url().newBuilder().scheme(target.scheme()).host(target.host()).port(target.port())
                .encodedPath(prefix + request.url().encodedPath()).build();
        return request.newBuilder().url(url).build();
    }

    /** The SDK's exceptions keep an error's body but not its status: put the status in the body. */
    private static Response statusInErrorBody(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful() || response.body() == null) return response;
        ResponseBody body = response.body();
        String text = body.string();
        return response.newBuilder().body(ResponseBody.create(PlivoApiError.STATUS_PREFIX + response.code() + " " + text,
                body.contentType())).build();
    }
}
