package switchboard.bench;

import java.io.IOException;

/** The server under test: a separate process the script started. */
final class Server {
    private Server() {}

    /** Waits until GET /health answers 200 (migrations applied, database reachable). */
    static void await(int port, long pid) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                throw new IllegalStateException("the server (pid " + pid + ") exited; see its log");
            }
            try (HttpConnection c = new HttpConnection(port)) {
                if (c.get("/health").status() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not become healthy on port " + port + " in 120 s");
    }
}
