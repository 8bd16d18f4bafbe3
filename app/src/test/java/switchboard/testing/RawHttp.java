package switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 written byte by byte on a real socket: for what a well-behaved client refuses to send. */
public final class RawHttp {
    private RawHttp() {}

    /** Status, head and body as text; status 0 when the server closed without answering. */
    public record Reply(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    /** Sends the request (its body as given, whatever Content-Length says), half-closes, reads the answer. */
    public static Reply exchange(int port, String head, byte[] body, int timeoutMillis) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            try {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (IOException refusedMidBody) {
                // the server may answer before reading all of it (a 413): what it said is still there to read
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply exchange(int port, String head, String body) {
        return exchange(port, head, body.getBytes(StandardCharsets.UTF_8), 10_000);
    }

    /** The head of a request to path on this server, with the headers given ("Name: value" each). */
    public static String head(String method, String path, String... headers) {
        StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : headers) b.append(h).append("\r\n");
        return b.append("Connection: close\r\n\r\n").toString();
    }

    /** One response: the head, then a body of Content-Length bytes, chunked, or up to the close. */
    public static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
                Reply done = complete(all.toString(StandardCharsets.UTF_8));
                if (done != null) return done;
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived is all there is
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return new Reply(0, text, "");
        return new Reply(status(text), text.substring(0, end), text.substring(end + 4));
    }

    private static Reply complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return null;
        Reply head = new Reply(status(text), text.substring(0, end), "");
        String body = text.substring(end + 4);
        String length = head.header("Content-Length");
        if (length != null) {
            return body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length)
                    ? new Reply(head.status(), head.head(), body) : null;
        }
        if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
            return body.endsWith("0\r\n\r\n") ? new Reply(head.status(), head.head(), unchunk(body)) : null;
        }
        return null;
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
            if (size == 0) return out.toString();
            out.append(body, eol + 2, eol + 2 + size); // sizes are bytes; the bodies here are ASCII
            at = eol + 2 + size + 2;
        }
    }

    private static int status(String text) {
        String[] first = text.split("\r\n", 2)[0].split(" ");
        return first.length > 1 && first[1].matches("\\d{3}") ? Integer.parseInt(first[1]) : 0;
    }
}
