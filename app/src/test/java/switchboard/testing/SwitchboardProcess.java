package switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Switchboard in a JVM of its own, as `java -jar` runs it: Main over target/classes and the test classpath, in a
 * working directory of the test's, with only the environment given (and PATH, HOME). Its stdout and stderr go to files.
 */
public final class SwitchboardProcess implements AutoCloseable {
    // Ctrl-C must reach it even when the tests run in the background, where SIGINT is ignored and children inherit
    // that: GNU env (coreutils 8.31+) restores it; elsewhere the process gets it as the tests got it.
    private static final boolean DEFAULT_SIGINT = works("/usr/bin/env", "--default-signal=INT", "true");
    private final Process process;
    private final Path out;
    private final Path err;

    private SwitchboardProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line with these arguments; {@code classpathFirst} come before the classes (e.g. extra migrations). */
    public static SwitchboardProcess start(Path workDir, Map<String, String> env, List<Path> classpathFirst, String... args) {
        List<String> command = new ArrayList<>();
        if (DEFAULT_SIGINT) command.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (Path p : classpathFirst) classpath = p.toAbsolutePath() + java.io.File.pathSeparator + classpath;
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", classpath, "switchboard.Main"));
        command.addAll(List.of(args));
        try {
            Path out = workDir.resolve("stdout.txt");
            Path err = workDir.resolve("stderr.txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
            builder.environment().putAll(env);
            return new SwitchboardProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SwitchboardProcess start(Path workDir, Map<String, String> env, String... args) {
        return start(workDir, env, List.of(), args);
    }

    /** Runs it to its end (at most {@code limit}); returns the exit code. */
    public int exitCode(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + limit + "; stderr:\n" + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until stdout holds {@code text}; fails if the process ends first or the time runs out. */
    public void awaitOut(String text, Duration limit) {
        await(out, text, limit);
    }

    /** The same for stderr, where the log goes. */
    public void awaitErr(String text, Duration limit) {
        await(err, text, limit);
    }

    private void await(Path file, String text, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!read(file).contains(text)) {
            if (!process.isAlive()) throw new AssertionError("exited " + process.exitValue() + " before printing '" + text + "':\n" + err());
            if (System.nanoTime() > end) throw new AssertionError("no '" + text + "' after " + limit + "; stderr:\n" + err());
            sleep(50);
        }
    }

    /** Sends a signal, as `kill -TERM` (Heroku) or Ctrl-C (INT) would. */
    public void signal(String name) {
        try {
            int code = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
            if (code != 0) throw new IllegalStateException("kill -" + name + " exited " + code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    /** A port nothing listens on (at the moment of asking). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean works(String... command) {
        try {
            return new ProcessBuilder(command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it as an operator would (a SIGKILL would leave its embedded PostgreSQL running), forcibly only if it hangs. */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
