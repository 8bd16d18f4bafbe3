package switchboard.directory;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** A person who takes calls. status is presence: available, away or offline. workingHours is JSON as stored. */
public record User(long id, String name, String title, String email, String status, String statusReason,
                   Instant statusUpdatedAt, int maxConcurrentCalls, String timeZone, @JsonRawValue String workingHours) {

    public static User draft(String name) {
        return new User(0, name, null, null, "available", null, null, 1, "UTC", null);
    }
}
