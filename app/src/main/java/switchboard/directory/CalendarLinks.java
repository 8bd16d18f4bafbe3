package switchboard.directory;

import java.util.List;
import java.util.Map;

/** Each user's calendar feed URL (the rota's), for the calendarUrl of a user's JSON; none when feeds are off. */
public interface CalendarLinks {
    CalendarLinks NONE = userIds -> Map.of();

    Map<Long, String> urls(List<Long> userIds);
}
