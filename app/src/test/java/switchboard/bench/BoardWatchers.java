package switchboard.bench;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import switchboard.accounts.Passwords;
import switchboard.accounts.Sessions;
import switchboard.db.Database;

/**
 * Dashboards left open: signed-in browsers following the board's server-sent events (GET /board/events), as many as
 * asked, each on its own socket, counting the events they receive. Measures the live fan-out: every change a webhook
 * makes reaches every board once.
 */
final class BoardWatchers implements AutoCloseable {
    private static final String EMAIL = "bench-board@example.com";
    private static final String PASSWORD = "bench-board-password";

    private final List<Socket> sockets = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();
    private final AtomicLong events = new AtomicLong();

    private BoardWatchers() {}

    /** Signs an admin in (made for the purpose) and opens {@code boards} streams with that session's cookie. */
    static BoardWatchers open(String jdbcUrl, int port, int boards) throws Exception {
        String token;
        try (Database db = Database.connect(jdbcUrl)) {
            try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl); PreparedStatement s = c.prepareStatement(
                    "insert into users (name, email, role, password_hash) values ('Bench Board', ?, 'admin', ?)"
                            + " on conflict do nothing")) {
                s.setString(1, EMAIL);
                s.setString(2, Passwords.hash(PASSWORD));
                s.executeUpdate();
            }
            token = new Sessions(db.jdbi()).signIn(EMAIL, PASSWORD, "127.0.0.1").token();
        }
        BoardWatchers w = new BoardWatchers();
        for (int i = 0; i < boards; i++) w.follow(port, token);
        return w;
    }

    private void follow(int port, String token) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        sockets.add(socket);
        socket.getOutputStream().write(("GET /board/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + "Cookie: sb_session=" + token + "\r\n\r\n").getBytes(ISO_8859_1));
        socket.getOutputStream().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), ISO_8859_1));
        String status = in.readLine();
        if (status == null || !status.contains(" 200")) throw new IOException("the board refused the stream: " + status);
        Thread reader = new Thread(() -> {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) events.incrementAndGet();
                }
            } catch (IOException closed) {
                // closed by close() below
            }
        }, "board-" + readers.size());
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
    }

    int boards() {
        return sockets.size();
    }

    /** Events received by all the boards so far. */
    long events() {
        return events.get();
    }

    @Override
    public void close() throws Exception {
        for (Socket s : sockets) s.close();
        for (Thread t : readers) t.join(5_000);
    }
}
