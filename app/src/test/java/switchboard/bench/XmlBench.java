package switchboard.bench;

import com.plivo.api.xml.Dial;
import com.plivo.api.xml.PlivoXml;
import com.plivo.api.xml.Response;
import com.plivo.api.xml.Speak;
import com.plivo.api.xml.User;
import java.io.FileWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import switchboard.Main;
import switchboard.plivo.xml.CallXml;

/**
 * Our XML renderer against plivo-java's toXmlString() for the same two documents (a tier's Dial and the
 * voicemail), in a JVM of its own. Each renderer is warmed up, then the rounds alternate between them so a
 * disturbance on the machine hits both; we keep the median time per document and the spread.
 * Usage: XmlBench OUT_PROPERTIES [--smoke]
 */
public final class XmlBench {
    private static final String BASE = "https://switchboard.example.com";
    private static final CallXml CALL_XML = new CallXml(BASE);
    private static final List<String> APPS = List.of("sip:jane-mobile@phone.plivo.com", "sip:jane-desktop@phone.plivo.com",
            "sip:peter-mobile@phone.plivo.com");
    private static final String CALLER = "sip:caller@phone.plivo.com";
    private static final String PROMPT = CallXml.defaultPrompt("Main Office");

    static long sink; // results flow here so the JIT cannot drop the work

    private XmlBench() {}

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        long warmupNanos = smoke ? 300_000_000L : 3_000_000_000L;
        long roundNanos = smoke ? 100_000_000L : 1_000_000_000L;
        int rounds = smoke ? 1 : 7;
        Properties out = new Properties();
        compare(out, "ring", () -> CALL_XML.ring(2, APPS, 20, CALLER, "Alice Smith"), XmlBench::plivoRing,
                warmupNanos, roundNanos, rounds);
        compare(out, "voicemail", () -> CALL_XML.voicemail(PROMPT), XmlBench::plivoVoicemail,
                warmupNanos, roundNanos, rounds);
        try (FileWriter w = new FileWriter(args[0])) {
            out.store(w, "XmlBench: nanoseconds per document, median and range of rounds");
        }
        out.forEach((k, v) -> System.out.println("  " + k + " = " + v));
    }

    private static void compare(Properties out, String name, Supplier<String> ours, Supplier<String> theirs,
                                long warmupNanos, long roundNanos, int rounds) {
        int oursBatch = warmUp(ours, warmupNanos);
        int theirsBatch = warmUp(theirs, warmupNanos);
        double[] oursNs = new double[rounds];
        double[] theirsNs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            oursNs[r] = round(ours, oursBatch, roundNanos);
            theirsNs[r] = round(theirs, theirsBatch, roundNanos);
        }
        put(out, name + ".ours", oursNs);
        put(out, name + ".plivo", theirsNs);
    }

    /** Runs the renderer for the warm-up time; returns a batch size that takes about a millisecond. */
    private static int warmUp(Supplier<String> render, long nanos) {
        int batch = 1;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) sink += render.get().length();
            if (System.nanoTime() - t0 < 1_000_000 && batch < 1 << 20) batch *= 2;
        }
        return batch;
    }

    /** Nanoseconds per document over one round. */
    private static double round(Supplier<String> render, int batch, long nanos) {
        long count = 0;
        long t0 = System.nanoTime();
        long t;
        do {
            for (int i = 0; i < batch; i++) sink += render.get().length();
            count += batch;
            t = System.nanoTime();
        } while (t - t0 < nanos);
        return (double) (t - t0) / count;
    }

    private static void put(Properties out, String key, double[] ns) {
        double[] sorted = ns.clone();
        Arrays.sort(sorted);
        out.setProperty(key + ".median", String.format("%.1f", sorted[sorted.length / 2]));
        out.setProperty(key + ".min", String.format("%.1f", sorted[0]));
        out.setProperty(key + ".max", String.format("%.1f", sorted[sorted.length - 1]));
    }

    // The same documents built with plivo-java, as CallXmlMatchesPlivoJavaTest checks they are.
    private static String plivoRing() {
        return xml(() -> new Response().children(new Dial()
                .action(BASE + "/plivo/dial/2/action").method("POST").redirect(true).timeout(20)
                .callerId(CALLER).callerName("Alice Smith")
                .callbackUrl(BASE + "/plivo/dial/2/callback").callbackMethod("POST")
                .children(new User("sip:jane-mobile@phone.plivo.com"), new User("sip:jane-desktop@phone.plivo.com"),
                        new User("sip:peter-mobile@phone.plivo.com"))));
    }

    private static String plivoVoicemail() {
        return xml(() -> new Response().children(new Speak(PROMPT),
                new com.plivo.api.xml.Record(BASE + "/plivo/voicemail/action").method("POST").redirect(true)
                        .fileFormat("mp3").maxLength(120).timeout(10).finishOnKey("#").playBeep(true)
                        .callbackUrl(BASE + "/plivo/voicemail/callback").callbackMethod("POST")));
    }

    private interface Document {
        PlivoXml build() throws Exception;
    }

    private static String xml(Document document) {
        try {
            return document.build().toXmlString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
