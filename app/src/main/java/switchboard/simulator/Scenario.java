package switchboard.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of a scenario file (a JSON list of them): the options of {@code simulate call} by their names in
 * camelCase, and what the call record must show afterwards.
 */
record Scenario(String name, String line, String from, String callerName, String answer, String outcome, String talk,
                String voicemail, String press, String hangupAfter, Expect expect) {

    /**
     * @param timeline event types that must appear in the call's timeline, in this order (others may come between)
     * @param answeredOn the SIP URI of the app that took the call
     */
    record Expect(String status, String answeredBy, String answeredOn, Boolean voicemail, List<String> timeline) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    CallOptions options() {
        return CallOptions.of(line, from, callerName, answer, outcome, talk, voicemail, press, hangupAfter);
    }

    /** Every call of a file, checked: a bad file or option is a {@link CannotSimulate} naming the file and the call. */
    static List<Scenario> read(Path file) {
        List<Scenario> calls;
        try {
            calls = List.of(JSON.readValue(Files.readString(file), Scenario[].class));
        } catch (JsonProcessingException e) {
            throw new CannotSimulate(file + ": " + e.getOriginalMessage().replaceAll("\\s*\\(class switchboard[^)]*\\)", "")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new CannotSimulate(file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (calls.isEmpty()) throw new CannotSimulate(file + ": no calls in it");
        for (int i = 0; i < calls.size(); i++) {
            Scenario s = calls.get(i);
            String where = file + ", call " + (i + 1);
            if (s.name() == null || s.name().isBlank()) throw new CannotSimulate(where + ": needs a name");
            Expect x = s.expect();
            if (x == null || (x.status() == null && x.answeredBy() == null && x.answeredOn() == null && x.voicemail() == null
                    && (x.timeline() == null || x.timeline().isEmpty()))) {
                throw new CannotSimulate(where + " (" + s.name() + "): needs an \"expect\" with at least one of status, answeredBy, answeredOn, voicemail, timeline");
            }
            try {
                s.options();
            } catch (CannotSimulate e) {
                throw new CannotSimulate(where + " (" + s.name() + "): " + e.getMessage());
            }
        }
        return calls;
    }

    /** What the call record shows that was not expected; empty when it passes. */
    List<String> mismatches(JsonNode record) {
        List<String> out = new ArrayList<>();
        String status = record.path("status").asText();
        if (expect.status() != null && !expect.status().equalsIgnoreCase(status)) out.add("status " + status + ", expected " + expect.status());
        JsonNode by = record.path("answeredBy");
        String name = by.isObject() ? by.path("name").asText() : "nobody";
        if (expect.answeredBy() != null && !expect.answeredBy().equalsIgnoreCase(name)) out.add("answered by " + name + ", expected " + expect.answeredBy());
        String app = by.isObject() ? by.path("app").path("sipUri").asText() : "no app";
        if (expect.answeredOn() != null && !People.address(expect.answeredOn()).equals(People.address(app))) {
            out.add("answered on " + app + ", expected " + expect.answeredOn());
        }
        boolean voicemail = record.hasNonNull("voicemailUrl");
        if (expect.voicemail() != null && expect.voicemail() != voicemail) out.add(voicemail ? "a voicemail, expected none" : "no voicemail, expected one");
        if (expect.timeline() != null) {
            List<String> types = new ArrayList<>();
            record.path("events").forEach(e -> types.add(e.path("type").asText()));
            int at = 0;
            for (String wanted : expect.timeline()) {
                int found = types.subList(at, types.size()).indexOf(wanted);
                if (found < 0) {
                    out.add("timeline lacks " + wanted + (at > 0 ? " after " + types.get(at - 1) : "") + " (it has " + String.join(", ", types) + ")");
                    break;
                }
                at += found + 1;
            }
        }
        return out;
    }
}
