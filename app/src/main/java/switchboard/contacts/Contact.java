package switchboard.contacts;

import java.time.Instant;
import java.util.List;

/** Someone who calls: numbers in E.164 (or SIP URIs), an owner who may be rung first, VIP callers ahead in the queue. */
public record Contact(long id, String name, String company, List<String> numbers, String email, String notes,
                      Long ownerUserId, boolean vip, List<String> tags, Instant createdAt, Instant updatedAt) {

    /** A contact as given (numbers already normalised), before it has an id. */
    public record Draft(String name, String company, List<String> numbers, String email, String notes, Long ownerUserId,
                        boolean vip, List<String> tags) {}
}
