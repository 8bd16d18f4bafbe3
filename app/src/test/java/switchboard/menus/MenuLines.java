package switchboard.menus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;

/** Lines with one tier and a voicemail prompt of their own, menus on them, and a caller's keys: all through the real API. */
final class MenuLines {
    record Line(long id, String sipUri, String name) {}

    private final TestServer server;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    MenuLines(TestServer server) {
        this.server = server;
    }

    /** A line whose one tier rings these people; its voicemail prompt names it. */
    Line line(String name, String extraJson, Staff.Person... tier) {
        String sip = "sip:" + name.toLowerCase().replace(' ', '-') + "-" + tag + "@phone.plivo.com";
        Http.Response created = server.api("POST", "/api/lines", "{\"name\": \"" + name + "\", \"sipUri\": \"" + sip
                + "\", \"voicemailPrompt\": \"You reached " + name + ".\"" + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}");
        if (created.status() != 201) throw new AssertionError(created.body());
        long id = ResponseJson.of(created).get("id").asLong();
        if (tier.length > 0) {
            Http.Response put = server.api("PUT", "/api/lines/" + id + "/tiers", "{\"tiers\": [" + Staff.tier("ring-all", tier) + "]}");
            if (put.status() != 200) throw new AssertionError(put.body());
        }
        return new Line(id, sip, name);
    }

    Line line(String name, Staff.Person... tier) {
        return line(name, "", tier);
    }

    Http.Response putMenu(Line line, String json) {
        return server.api("PUT", "/api/lines/" + line.id() + "/menu", json);
    }

    /** A menu with this prompt and options JSON (e.g. {"key": "1", "lineId": 4}), and more fields. */
    void menu(Line line, String prompt, String options, String extraJson) {
        Http.Response put = putMenu(line, "{\"prompt\": \"" + prompt + "\", \"options\": [" + options + "]"
                + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}");
        if (put.status() != 200) throw new AssertionError(put.body());
    }

    Http.Response press(PlivoCall call, int step, String digits) {
        return server.plivo("/plivo/menu/" + step + "/digits", call.params("CallStatus", "in-progress", "Digits", digits));
    }

    /** Nothing pressed: Plivo follows the Redirect after the GetDigits. */
    Http.Response silence(PlivoCall call, int step) {
        return server.plivo("/plivo/menu/" + step + "/timeout", call.params("CallStatus", "in-progress", "Event", "Redirect"));
    }

    /** The call's timeline entry types, in order, with each menu entry's key or reason. */
    static java.util.List<String> path(JsonNode record) {
        java.util.List<String> out = new java.util.ArrayList<>();
        record.get("events").forEach(e -> {
            String type = e.get("type").asText();
            JsonNode d = e.get("detail");
            String extra = d.hasNonNull("key") ? ":" + d.get("key").asText() : d.hasNonNull("then") ? ":" + d.get("then").asText()
                    : type.equals("menu-offered") ? ":" + d.get("reason").asText() : "";
            out.add(type + extra);
        });
        return out;
    }
}
