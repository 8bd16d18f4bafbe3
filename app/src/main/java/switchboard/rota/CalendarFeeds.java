package switchboard.rota;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.directory.CalendarLinks;
import switchboard.errors.NotFound;
import switchboard.errors.Unavailable;

/**
 * Every user's calendar feed, {@code GET /rota/{token}.ics}: their published turns from four weeks back to half a
 * year ahead, read fresh on every request. Without CALENDAR_SECRET there are no feeds (no URLs, every token refused).
 */
public final class CalendarFeeds implements CalendarLinks {
    private static final int WEEKS_BACK = 4;
    private static final int WEEKS_AHEAD = 26;
    private final Jdbi jdbi;
    private final String publicUrl;
    private final Optional<FeedTokens> tokens;
    private final Clock clock;

    public CalendarFeeds(Jdbi jdbi, String publicUrl, Optional<String> secret, Clock clock) {
        this.jdbi = jdbi;
        this.publicUrl = publicUrl;
        this.tokens = secret.map(FeedTokens::new);
        this.clock = clock;
    }

    @Override
    public Map<Long, String> urls(List<Long> userIds) {
        if (tokens.isEmpty() || userIds.isEmpty()) return Map.of();
        return SharedDaos.with(jdbi, CalendarDao.class, dao -> dao.feeds(userIds.toArray(Long[]::new))).stream()
                .collect(Collectors.toMap(CalendarDao.Feed::id, f -> url(tokens.get().token(f.calendarFeed()))));
    }

    /** Revokes the user's feed URL and returns the new one. */
    public String renew(long userId) {
        FeedTokens t = tokens.orElseThrow(() -> new Unavailable("calendar feeds are off: set CALENDAR_SECRET to turn them on"));
        return SharedDaos.with(jdbi, CalendarDao.class, dao -> dao.renew(userId))
                .map(f -> url(t.token(f.calendarFeed()))).orElseThrow(() -> NotFound.of("user", userId));
    }

    /** The feed's iCalendar text; a token that is unknown, revoked or forged is a 404, like one that never existed. */
    public String feed(String token) {
        var feed = tokens.flatMap(t -> t.verify(token)).orElseThrow(() -> new NotFound("no such calendar feed"));
        return SharedDaos.with(jdbi, CalendarDao.class, dao -> {
            CalendarDao.Owner owner = dao.owner(feed).orElseThrow(() -> new NotFound("no such calendar feed"));
            LocalDate today = LocalDate.now(clock);
            List<Ics.Event> events = dao.turns(owner.id(), today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD)).stream()
                    .map(t -> event(owner.id(), t)).toList();
            return Ics.calendar("Phone turns: " + owner.name(), events);
        });
    }

    private Ics.Event event(long userId, CalendarDao.FeedTurn t) {
        ZoneId zone = ZoneId.of(t.timeZone());
        var start = t.day().atStartOfDay().plusMinutes(t.startMinute()).atZone(zone).toInstant(); // wall-clock, then the zone
        var end = t.day().atStartOfDay().plusMinutes(t.endMinute()).atZone(zone).toInstant();
        String hours = RotaJson.hours(TurnTimes.time(t.startMinute()), TurnTimes.time(t.endMinute()));
        String uid = "rota-" + t.lineId() + "-" + t.day() + "-" + t.startMinute() + "-" + t.endMinute() + "-user-" + userId + "@"
                + URI.create(publicUrl).getHost();
        String with = t.colleagues().isEmpty() ? "On your own." : "With " + String.join(", ", t.colleagues()) + ".";
        return new Ics.Event(uid, t.publishedAt(), start, end, "Phone: " + t.lineName(),
                "Your turn on the " + t.lineName() + " line, " + hours + " " + t.timeZone() + ".\n" + with);
    }

    private String url(String token) {
        return publicUrl + "/rota/" + token + ".ics";
    }
}
