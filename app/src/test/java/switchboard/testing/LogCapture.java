package switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What the server logs (slf4j-simple writes to System.err) while it is open; still shown on the console. */
public final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {}

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(int b) {
                capture.captured.write(b);
                capture.original.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                capture.captured.write(b, off, len);
                capture.original.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
        return capture;
    }

    public synchronized String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines() {
        return Arrays.asList(text().split("\n"));
    }

    /** Lines of a Java stack trace ("\tat ..." or "Caused by"). */
    public List<String> stackTraceLines() {
        return lines().stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
