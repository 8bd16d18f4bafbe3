package switchboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A simulated call for a person: the numbered transcript, then the call record's outcome and timeline. */
final class CallReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private CallReport() {}

    static void print(Simulator.Run run, boolean recordsReadable, PrintStream out) {
        CallEngine.Result r = run.result();
        JsonNode record = run.record() == null ? null : SwitchboardApi.tree(run.record());
        if (record != null) r.hangup().then(outcome(record));
        r.transcript().lines().forEach(out::println);
        out.println();
        if (record == null) {
            out.println(recordsReadable ? "the server has no record of call " + r.callUuid()
                    : "call " + r.callUuid() + " (set API_TOKEN or --api-key to see its record)");
            return;
        }
        out.println("call       " + r.callUuid() + "  (GET /api/calls/" + record.path("id").asLong() + ")");
        out.println("line       " + (record.path("line").isObject() ? record.path("line").path("name").asText() : run.lineName() + " (no such line)"));
        out.println("status     " + record.path("status").asText());
        JsonNode by = record.path("answeredBy");
        if (by.isObject()) out.println("answered   " + by.path("name").asText() + " on " + by.path("app").path("label").asText()
                + " (" + by.path("app").path("sipUri").asText() + ")");
        if (record.hasNonNull("voicemailUrl")) out.println("voicemail  " + record.path("voicemailDurationSeconds").asText() + " s, "
                + record.path("voicemailUrl").asText());
        out.println("timeline");
        for (JsonNode e : record.path("events")) {
            out.println(String.format(Locale.ROOT, "  %s  %-24s %s", time(e.path("at").asText()), e.path("type").asText(),
                    e.path("detail").isMissingNode() || e.path("detail").isNull() ? "" : e.path("detail").toString()));
        }
    }

    /** "answered by Peter (peter-desktop)", "voicemail, 10 s, https://...", "missed": the record's outcome in a line. */
    static String outcome(JsonNode record) {
        String status = record.path("status").asText();
        JsonNode by = record.path("answeredBy");
        if (by.isObject()) return status + " by " + by.path("name").asText() + " (" + People.userPart(by.path("app").path("sipUri").asText()) + ")";
        if (record.hasNonNull("voicemailUrl")) {
            return status + ", " + record.path("voicemailDurationSeconds").asText() + " s, " + record.path("voicemailUrl").asText();
        }
        return status;
    }

    private static String time(String iso) {
        try {
            return TIME.format(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
