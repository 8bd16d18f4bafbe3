package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;

/** The README's example week, through the API: lines' turns, people's availability, last week published, generate. */
class RotaExampleWeekApiTest extends ServerTest {

    @Test
    void the_readme_example_week_comes_out_of_the_api_as_documented() {
        RotaSetup rota = new RotaSetup(server);
        Staff.Person ana = rota.person("Ana", 3, 2, "MON 09:00-13:00", "TUE 09:00-13:00");
        Staff.Person ben = rota.person("Ben", 3, 2, "MON 09:00-17:00", "TUE 09:00-17:00", "WED 09:00-17:00");
        rota.available(ben.id(), 3, 2, "[{\"from\": \"2026-12-08\", \"to\": \"2026-12-08\", \"reason\": \"training\"}]",
                "MON 09:00-17:00", "TUE 09:00-17:00", "WED 09:00-17:00");
        Staff.Person chloe = rota.person("Chloé", 3, 2, "MON 09:00-17:00", "TUE 13:00-17:00");
        long support = rota.line("Example Support", "UTC", new Staff.Person[] {ana, ben, chloe}, "MON 09:00-11:00 x2",
                "MON 11:00-13:00", "TUE 09:00-11:00", "TUE 11:00-13:00", "TUE 15:00-17:00").id();
        long sales = rota.line("Example Sales", "UTC", new Staff.Person[] {ben, chloe}, "MON 11:00-13:00", "TUE 15:00-17:00").id();
        assertThat(rota.assign("2026-W49", sales, "MON 11:00-13:00", ben).status()).isEqualTo(200); // last week, by hand
        rota.publish("2026-W49");

        JsonNode week = rota.generate("2026-W50");

        assertThat(week.get("week").asText()).isEqualTo("2026-W50");
        assertThat(week.get("status").asText()).isEqualTo("proposed");
        assertThat(RotaSetup.onTurn(week, support, "MON 09:00-11:00")).containsExactly(ben.id(), chloe.id());
        assertThat(RotaSetup.onTurn(week, support, "MON 11:00-13:00")).containsExactly(chloe.id());
        assertThat(RotaSetup.onTurn(week, sales, "MON 11:00-13:00")).containsExactly(ben.id());
        assertThat(RotaSetup.onTurn(week, support, "TUE 09:00-11:00")).containsExactly(ana.id());
        assertThat(RotaSetup.onTurn(week, support, "TUE 11:00-13:00")).containsExactly(ana.id());
        assertThat(RotaSetup.onTurn(week, support, "TUE 15:00-17:00")).containsExactly(chloe.id());
        assertThat(RotaSetup.onTurn(week, sales, "TUE 15:00-17:00")).isEmpty();
        List<String> uncovered = week.get("uncovered").findValues("lineId").stream().map(JsonNode::asText).toList();
        assertThat(uncovered).containsOnlyOnce(Long.toString(sales));
        JsonNode salesGap = week.get("uncovered").get(uncovered.indexOf(Long.toString(sales)));
        assertThat(salesGap.toString()).contains("\"day\":\"TUE\"", "\"date\":\"2026-12-08\"", "\"start\":\"15:00\"",
                "\"needed\":1", "\"assigned\":0");
        assertThat(load(week, ana)).isEqualTo("3 3 2 -1");
        assertThat(load(week, ben)).isEqualTo("3 2 2 0");
        assertThat(load(week, chloe)).isEqualTo("3 3 3 0");

        Http.Response absent = rota.assign("2026-W50", sales, "TUE 15:00-17:00", ben);
        assertThat(absent.status()).isEqualTo(409);
        assertThat(ResponseJson.of(absent).get("error").asText()).contains("absent: Ben (user " + ben.id()
                + ") is absent on 2026-12-08 (line " + sales + " TUESDAY 2026-12-08 15:00-17:00)");
    }

    /** target, weekTarget, assigned, deviation. */
    private static String load(JsonNode week, Staff.Person p) {
        for (JsonNode l : week.at("/fairness/people")) {
            if (l.get("userId").asLong() == p.id()) {
                return l.get("target").asText() + " " + l.get("weekTarget").asText() + " " + l.get("assigned").asText() + " "
                        + l.get("deviation").asText();
            }
        }
        throw new AssertionError("no load for " + p.name() + " in " + week.get("fairness"));
    }
}
