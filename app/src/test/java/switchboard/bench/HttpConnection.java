package switchboard.bench;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket. The load generator shares the two cores with
 * the server and PostgreSQL, so it does the least work a client can: write the request, read the reply.
 */
final class HttpConnection implements AutoCloseable {
    record Response(int status, String body) {}

    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    HttpConnection(int port) throws IOException {
        this.port = port;
        connect();
    }

    /** A GET; headers are "Name: value" lines. */
    Response get(String path, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(128).append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        for (String h : headers) head.append(h).append("\r\n");
        return exchange(head.append("\r\n").toString(), new byte[0]);
    }

    /** POSTs a form body; headers are "Name: value" lines. */
    Response post(String path, String form, String... headers) throws IOException {
        byte[] body = form.getBytes(UTF_8);
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Content-Type: application/x-www-form-urlencoded\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        for (String h : headers) head.append(h).append("\r\n");
        return exchange(head.append("\r\n").toString(), body);
    }

    private Response exchange(String head, byte[] body) throws IOException {
        if (socket == null) connect(); // the server closed the last one: open another, as a browser would
        out.write(head.getBytes(ISO_8859_1));
        out.write(body);
        out.flush();
        String status = line();
        if (status.isEmpty()) throw new EOFException("connection closed by the server");
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Integer.parseInt(lower.substring(15).trim());
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
        }
        String text = chunked ? chunkedBody() : new String(in.readNBytes(Math.max(length, 0)), UTF_8);
        if (close) close();
        return new Response(code, text);
    }

    private String chunkedBody() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
             size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            b.write(in.readNBytes(size));
            line(); // the CRLF after each chunk
        }
        while (!line().isEmpty()) { } // trailers, if any
        return b.toString(UTF_8);
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) return s.toString();
            if (c != '\r') s.append((char) c);
        }
        return s.toString();
    }

    private void connect() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024); // one packet per request
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) socket.close();
        socket = null;
    }
}
