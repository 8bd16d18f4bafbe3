package switchboard.directory;

import java.time.Instant;

/** A person who takes calls. status is presence: available, away or offline. */
public record User(long id, String name, String title, String email, String status, String statusReason,
                   Instant statusUpdatedAt) {

    public User withDetails(String newName, String newTitle, String newEmail) {
        return new User(id, newName, newTitle, newEmail, status, statusReason, statusUpdatedAt);
    }
}
