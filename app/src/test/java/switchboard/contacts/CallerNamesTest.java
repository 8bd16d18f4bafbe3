package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Xpath;

/** A caller the contacts know: found on answer in whatever form Plivo sends the number, named on the ringing phone. */
class CallerNamesTest extends ContactsServer {
    private static final String SALES = "sip:sales@phone.plivo.com";

    @Test
    void a_known_caller_rings_as_name_and_company_and_the_call_records_the_contact() {
        String n = paris();
        long id = contact("{\"name\": \"Alice Martin\", \"company\": \"Acme\", \"numbers\": [\"" + n + "\"]}").get("id").asLong();
        for (String from : new String[] {n, n.substring(1), "sip:" + n + "@phone.plivo.com", "\"Alice\" <sip:0" + n.substring(3) + "@phone.plivo.com>"}) {
            PlivoCall call = server.newCall(SALES, from);
            Xpath dial = call.answer("CallerName", "ALICE CELL").xml();
            assertThat(dial.string("/Response/Dial/@callerName")).as(from).isEqualTo("Alice Martin (Acme)");
            JsonNode record = ResponseJson.of(call.record());
            assertThat(record.get("contactId").asLong()).as(from).isEqualTo(id);
            assertThat(record.at("/caller/name").asText()).isEqualTo("Alice Martin");
            assertThat(record.at("/caller/company").asText()).isEqualTo("Acme");
            assertThat(record.at("/caller/source").asText()).isEqualTo("contacts");
            assertThat(record.get("events").toString()).contains("\"type\":\"caller-identified\"");
        }
        Http.Response csv = server.http().get("/api/calls?from=" + java.net.URLEncoder.encode(n, java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("Authorization", "Bearer " + switchboard.testing.TestServer.API_TOKEN, "Accept", "text/csv"));
        assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith(",contactId,callerName,callerCompany,callerUrl");
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).contains("," + id + ",Alice Martin,Acme,");
    }

    @Test
    void an_unknown_caller_keeps_plivos_caller_name_and_no_contact() {
        PlivoCall call = server.newCall(SALES, paris());
        assertThat(call.answer("CallerName", "Some Phone").xml().string("/Response/Dial/@callerName")).isEqualTo("Some Phone");
        JsonNode record = ResponseJson.of(call.record());
        assertThat(record.get("contactId").isNull()).isTrue();
        assertThat(record.get("caller").isNull()).isTrue();
    }

    @Test
    void names_are_escaped_in_the_xml_and_cut_sensibly_to_fifty_characters() {
        String tom = paris(), long1 = paris(), long2 = paris();
        contact("{\"name\": \"Tom & \\\"Jerry\\\" <Cats>\", \"company\": \"A&B\", \"numbers\": [\"" + tom + "\"]}");
        contact("{\"name\": \"Marie-Christine Delacroix-Beaumont\", \"company\": \"Compagnie Générale des Eaux\", \"numbers\": [\"" + long1 + "\"]}");
        contact("{\"name\": \"Hubert Bonisseur de La Bath Alexandre Emmanuel Dupont\", \"numbers\": [\"" + long2 + "\"]}");
        String xml = server.newCall(SALES, tom).answer().body();
        assertThat(xml).contains("callerName=\"Tom &amp; &quot;Jerry&quot; &lt;Cats&gt; (A&amp;B)\"");
        assertThat(Xpath.of(xml).string("/Response/Dial/@callerName")).isEqualTo("Tom & \"Jerry\" <Cats> (A&B)");
        assertThat(server.newCall(SALES, long1).answer().xml().string("/Response/Dial/@callerName"))
                .as("with the company it is 63 characters: the name alone").isEqualTo("Marie-Christine Delacroix-Beaumont");
        String cut = server.newCall(SALES, long2).answer().xml().string("/Response/Dial/@callerName");
        assertThat(cut).isEqualTo("Hubert Bonisseur de La Bath Alexandre Emmanuel\u2026").hasSizeLessThanOrEqualTo(50);
    }
}
