package switchboard.notify;

/** Sends one mail; throws when it could not (the outbox retries later). */
public interface Mailer {
    void send(String id, Mail mail) throws Exception;
}
