package switchboard.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numbered line per request sent to the server, in the order sent: what Plivo told it, then what the caller
 * heard and did with the answer ({@code 2  0:20  dial ended no-answer -> ring Peter (2 apps) 20 s}). A page may read
 * it while the call plays (on another thread): every access holds the transcript's lock.
 */
final class Transcript {
    private final List<Entry> entries = new ArrayList<>();

    final class Entry {
        private final int number;
        private final long at;
        private final String told;
        private final List<String> then = new ArrayList<>();

        private Entry(int number, long at, String told) {
            this.number = number;
            this.at = at;
            this.told = told;
        }

        void then(String what) {
            synchronized (Transcript.this) {
                then.add(what);
            }
        }

        String line() {
            synchronized (Transcript.this) {
                return text();
            }
        }

        private String text() {
            String after = then.isEmpty() ? "ok" : String.join(", ", then);
            return String.format(Locale.ROOT, "%2d  %5s  %s -> %s", number, SimDurations.clock(at), told, after);
        }
    }

    synchronized Entry add(long at, String told) {
        Entry e = new Entry(entries.size() + 1, at, told);
        entries.add(e);
        return e;
    }

    synchronized List<String> lines() {
        return entries.stream().map(Entry::line).toList();
    }

    synchronized int size() {
        return entries.size();
    }

    /** Quoted text, shortened for one line. */
    static String quote(String text) {
        return "\"" + (text.length() <= 70 ? text : text.substring(0, 67) + "...") + "\"";
    }
}
