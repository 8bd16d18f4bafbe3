package switchboard.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A user as the API shows it: calendarUrl only to admins and to that user (null for everyone else). */
record UserView(@JsonUnwrapped User user, String calendarUrl) {}
