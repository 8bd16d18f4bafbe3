package switchboard.menus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** /api/lines/{id}/menu: replaced whole, read back, removed; bad menus and menus that could only loop refused. */
class MenusApiTest extends ServerTest {
    private MenuLines lines;
    private MenuLines.Line main, sales;

    @BeforeEach
    void lines() {
        lines = new MenuLines(server);
        main = lines.line("Main");
        sales = lines.line("Sales");
    }

    @Test
    void a_menu_is_stored_whole_read_back_and_removed() {
        Http.Response put = lines.putMenu(main, "{\"prompt\": \"Welcome. Sales 1, messages 0.\", \"timeoutSeconds\": 7,"
                + " \"retries\": 3, \"options\": [{\"key\": \"1\", \"lineId\": " + sales.id() + "}, {\"key\": \"0\", \"target\": \"voicemail\"}],"
                + " \"defaultTarget\": " + sales.id() + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode menu = ResponseJson.of(server.api("/api/lines/" + main.id() + "/menu"));
        assertThat(menu.get("prompt").asText()).isEqualTo("Welcome. Sales 1, messages 0.");
        assertThat(menu.get("promptUrl").isNull()).isTrue();
        assertThat(menu.get("timeoutSeconds").asInt()).isEqualTo(7);
        assertThat(menu.get("retries").asInt()).isEqualTo(3);
        assertThat(menu.get("options").toString()).isEqualTo("[{\"key\":\"1\",\"target\":\"line\",\"lineId\":" + sales.id() + "},{\"key\":\"0\",\"target\":\"voicemail\",\"lineId\":null}]");
        assertThat(menu.get("defaultTarget").asLong()).isEqualTo(sales.id());
        lines.menu(main, "Only one.", "{\"key\": \"5\", \"target\": \"tiers\"}", "");
        JsonNode replaced = ResponseJson.of(server.api("/api/lines/" + main.id() + "/menu"));
        assertThat(replaced.get("options").size()).isOne();
        assertThat(replaced.get("defaultTarget").asText()).isEqualTo("tiers");
        assertThat(replaced.get("retries").asInt()).isEqualTo(2);
        assertThat(server.api("DELETE", "/api/lines/" + main.id() + "/menu", null).status()).isEqualTo(204);
        assertThat(server.api("/api/lines/" + main.id() + "/menu").status()).isEqualTo(404);
        assertThat(server.api("DELETE", "/api/lines/" + main.id() + "/menu", null).status()).isEqualTo(404);
        assertThat(server.newCall(main.sipUri()).answer().xml().count("/Response/GetDigits")).as("no menu any more").isZero();
    }

    @Test
    void every_bad_field_is_named_at_once() {
        Http.Response r = lines.putMenu(main, "{\"timeoutSeconds\": 0, \"retries\": 9, \"defaultTarget\": \"operator\","
                + " \"options\": [{\"key\": \"12\", \"lineId\": " + sales.id() + "}, {\"key\": \"2\", \"lineId\": 3, \"target\": \"tiers\"},"
                + " {\"key\": \"2\", \"target\": \"queue\"}, {\"key\": \"4\", \"lineId\": 987654}, {\"key\": \"5\", \"colour\": 1}]}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.get("prompt").asText()).contains("prompt", "promptUrl");
        assertThat(fields.get("timeoutSeconds").asText()).contains("between 1 and 60");
        assertThat(fields.get("retries").asText()).contains("between 0 and 5");
        assertThat(fields.get("defaultTarget").asText()).contains("tiers", "voicemail", "line id");
        assertThat(fields.get("options[0].key").asText()).contains("0", "9");
        assertThat(fields.get("options[1]").asText()).contains("not both");
        assertThat(fields.get("options[2].key").asText()).contains("repeats key 2");
        assertThat(fields.get("options[2].target").asText()).contains("tiers or voicemail");
        assertThat(fields.get("options[4].colour").asText()).isEqualTo("unknown field");
        Http.Response unknownLine = lines.putMenu(main, "{\"prompt\": \"p\", \"options\": [{\"key\": \"4\", \"lineId\": 987654}]}");
        assertThat(ResponseJson.of(unknownLine).at("/fields/options[0].lineId").asText()).isEqualTo("no line 987654");
        assertThat(server.api("PUT", "/api/lines/987654/menu", "{\"prompt\": \"p\", \"options\": [{\"key\": \"1\", \"target\": \"tiers\"}]}")
                .status()).isEqualTo(404);
        assertThat(lines.putMenu(main, "{\"prompt\": \"p\", \"promptUrl\": \"https://x.example/a.mp3\", \"options\": [{\"key\": \"1\", \"target\": \"tiers\"}]}")
                .status()).isEqualTo(400);
        assertThat(lines.putMenu(main, "{\"promptUrl\": \"javascript:alert(1)\", \"options\": [{\"key\": \"1\", \"target\": \"tiers\"}]}")
                .body()).contains("http(s) URL");
    }

    @Test
    void a_menu_that_could_only_loop_is_refused_naming_the_option() {
        Http.Response self = lines.putMenu(main, "{\"prompt\": \"p\", \"options\": [{\"key\": \"1\", \"lineId\": " + sales.id()
                + "}, {\"key\": \"2\", \"lineId\": " + main.id() + "}]}");
        assertThat(self.status()).isEqualTo(400);
        assertThat(ResponseJson.of(self).at("/fields/options[1].lineId").asText()).contains("pressing 2", "could only play this menu again");
        lines.menu(sales, "p", "{\"key\": \"9\", \"lineId\": " + main.id() + "}", "\"defaultTarget\": " + main.id());
        Http.Response loop = lines.putMenu(main, "{\"prompt\": \"p\", \"options\": [{\"key\": \"1\", \"lineId\": " + sales.id() + "}],"
                + " \"defaultTarget\": " + sales.id() + "}");
        assertThat(loop.status()).isEqualTo(400);
        assertThat(ResponseJson.of(loop).at("/fields/defaultTarget").asText())
                .contains("presses nothing", "line " + main.id() + " -> line " + sales.id() + " -> line " + main.id());
        assertThat(lines.putMenu(main, "{\"prompt\": \"p\", \"options\": [{\"key\": \"1\", \"lineId\": " + sales.id() + "}]}").status())
                .as("options may lead back and forth: the caller chooses, and five menus is the most").isEqualTo(200);
    }

    @Test
    void only_admin_keys_change_menus_and_any_key_reads_them() {
        lines.menu(main, "p", "{\"key\": \"1\", \"target\": \"tiers\"}", "");
        String key = new switchboard.apikeys.ApiKeys(server.jdbi()).create("menus-user", "user", staff.user("Uma").id()).key();
        assertThat(server.apiAs(key, "GET", "/api/lines/" + main.id() + "/menu", null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "PUT", "/api/lines/" + main.id() + "/menu", "{}").status()).isEqualTo(403);
        assertThat(server.apiAs(key, "DELETE", "/api/lines/" + main.id() + "/menu", null).status()).isEqualTo(403);
    }
}
