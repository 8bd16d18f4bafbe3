package switchboard.notify;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import switchboard.config.NotifyConfig;
import switchboard.db.SharedDaos;
import switchboard.json.Json;

/** Queues outgoing events and mails in the caller's transaction: they go out only if the change commits. */
public final class Notifier {
    private final List<URI> webhookUrls;
    private final Clock clock;

    public Notifier(NotifyConfig config, Clock clock) {
        this.webhookUrls = config.webhookUrls();
        this.clock = clock;
    }

    /** Whether anything receives outgoing events: without receivers, nobody needs their bodies built. */
    public boolean sendsEvents() {
        return !webhookUrls.isEmpty();
    }

    /** One row per receiver, all with the same body; {@code id} is stable, so receivers can drop repeats. */
    public void event(Handle handle, String id, String type, Object data) {
        if (webhookUrls.isEmpty()) return;
        String body = Json.object("id", id, "type", type, "createdAt", clock.instant(), "data", data);
        OutboxDao outbox = SharedDaos.of(handle, OutboxDao.class);
        for (URI url : webhookUrls) outbox.add(OutboxDao.EVENT, id, url.toString(), body);
    }

    /** Queued even without SMTP_URL: the worker then logs it instead of sending it. */
    public void mail(Handle handle, String id, Mail mail) {
        SharedDaos.of(handle, OutboxDao.class).add(OutboxDao.MAIL, id, mail.to(), mail.payload());
    }
}
