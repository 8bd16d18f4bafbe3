package switchboard.dashboard;

import gg.jte.output.StringOutput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.access.Principal;
import switchboard.accounts.Sessions;
import switchboard.db.Notifications;

/**
 * The open boards of this instance, fed from PostgreSQL: each instance LISTENs on switchboard_board (one connection),
 * so a change committed through any instance reaches every board. Changes arriving together are sent together:
 * per part, its data is read once and each board gets its viewer's copy. Everything a board is sent goes through one
 * thread, in order. Every 20 s a comment keeps proxies from closing an idle stream; every minute the streams of
 * sessions that ended (or idled out) are closed, and a sign-out closes its streams at once, on every instance.
 */
public final class BoardHub implements AutoCloseable {
    public static final String CHANNEL = "switchboard_board";
    private static final Logger log = LoggerFactory.getLogger(BoardHub.class);
    private static final String SESSION_ENDED = "session-ended:";

    /** One open board's stream: send an event (name, HTML), a keep-alive comment, close. */
    public static final class Stream {
        private final java.util.function.BiConsumer<String, String> send;
        private final Runnable comment;
        private final Runnable close;

        public Stream(java.util.function.BiConsumer<String, String> send, Runnable comment, Runnable close) {
            this.send = send;
            this.comment = comment;
            this.close = close;
        }

        void send(String event, String html) {
            send.accept(event, html);
        }

        void comment() {
            comment.run();
        }

        void close() {
            close.run();
        }
    }

    private record Viewer(long sessionId, Principal principal) {}

    private final List<BoardPart> parts;
    private final Sessions sessions;
    private final Map<Stream, Viewer> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "board-sender");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Notifications listening;
    private volatile boolean closed;

    public BoardHub(Jdbi jdbi, List<BoardPart> parts, Sessions sessions) {
        this.parts = List.copyOf(parts);
        this.sessions = sessions;
        sender.scheduleWithFixedDelay(() -> streams.keySet().forEach(s -> safely(s, s::comment)), 20, 20, TimeUnit.SECONDS);
        sender.scheduleWithFixedDelay(this::dropEndedSessions, 60, 60, TimeUnit.SECONDS);
        this.listening = Notifications.listen(jdbi, CHANNEL, this::notified, this::everything);
    }

    public List<BoardPart> parts() {
        return parts;
    }

    /** A board opened: it gets every part now (it may have missed changes while it reconnected). */
    public void join(Stream stream, long sessionId, Principal viewer) {
        if (closed) { // stopping: a board reconnecting now must not hold the server's stop up
            stream.close();
            return;
        }
        Viewer who = new Viewer(sessionId, viewer);
        streams.put(stream, who);
        sender.execute(() -> parts.forEach(part -> send(part, part.load(), Map.of(stream, who))));
    }

    public void leave(Stream stream) {
        streams.remove(stream);
    }

    public int open() {
        return streams.size();
    }

    private void notified(String payload) {
        if (payload.startsWith(SESSION_ENDED)) {
            long id = Long.parseLong(payload.substring(SESSION_ENDED.length()));
            sender.execute(() -> endSession(id));
            return;
        }
        if (pending.add(payload)) sender.execute(this::flush);
    }

    private void everything() {
        parts.forEach(p -> pending.addAll(p.topics()));
        sender.execute(this::flush);
    }

    /** On the sender thread: every topic changed since the last flush, each part read once. */
    private void flush() {
        Set<String> topics = new HashSet<>(pending);
        pending.removeAll(topics);
        if (topics.isEmpty() || streams.isEmpty()) return;
        Map<Stream, Viewer> now = Map.copyOf(streams);
        for (BoardPart part : parts) {
            if (part.topics().stream().noneMatch(topics::contains)) continue;
            try {
                send(part, part.load(), now);
            } catch (RuntimeException e) {
                log.warn("board part {} could not be read: {}", part.id(), e.getMessage());
            }
        }
    }

    private void send(BoardPart part, Object data, Map<Stream, Viewer> to) {
        to.forEach((stream, viewer) -> {
            StringOutput html = new StringOutput();
            part.render(data, viewer.principal()).writeTo(html);
            safely(stream, () -> stream.send(part.id(), html.toString()));
        });
    }

    /** A stream whose browser went away is dropped, and the others carry on. */
    private void safely(Stream stream, Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            streams.remove(stream);
        }
    }

    private void endSession(long sessionId) {
        streams.forEach((stream, viewer) -> {
            if (viewer.sessionId() == sessionId) closeSignedOut(stream);
        });
    }

    private void dropEndedSessions() {
        List<Long> ids = streams.values().stream().map(Viewer::sessionId).distinct().toList();
        Set<Long> alive = new HashSet<>(sessions.alive(ids));
        streams.forEach((stream, viewer) -> {
            if (!alive.contains(viewer.sessionId())) closeSignedOut(stream);
        });
    }

    private void closeSignedOut(Stream stream) {
        stream.send("signed-out", "<p class=\"alert\" role=\"alert\">You are signed out. <a href=\"/sign-in\">Sign in again</a></p>");
        streams.remove(stream);
        // Closed a little later: the tab that signed out has moved on by then, without a broken stream to report.
        sender.schedule(stream::close, 5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        closed = true;
        listening.close();
        sender.shutdownNow();
        streams.keySet().forEach(Stream::close);
        streams.clear();
    }
}
