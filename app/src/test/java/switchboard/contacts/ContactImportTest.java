package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.TestServer;

/** POST /api/contacts/import: a report per row (created, updated, refused and why), each row applied on its own. */
class ContactImportTest extends ContactsServer {

    @Test
    void each_row_is_created_updated_or_refused_with_its_reasons() {
        String known = paris(), a = paris(), b = paris();
        long existing = contact("{\"name\": \"Old Name\", \"company\": \"Keep Co\", \"numbers\": [\"" + known + "\"], \"notes\": \"kept\"}").get("id").asLong();
        String jane = "jane@example.com"; // the demo directory's Jane
        String csv = "Name,Company,Number,Email,Owner_Email,VIP\r\n"
                + "Alice Martin,Acme,\"0" + a.substring(3) + "\",alice@acme.example," + jane + ",yes\r\n"   // line 2: created
                + "New Name,,\"" + known.substring(0, 3) + " " + known.substring(3) + "; " + b + "\",,,\r\n"         // line 3: updated, b added
                + "\"Multi\nLine\",Co,not a number,,,\r\n"                                                   // line 4-5: refused
                + "Nobody,,+33 1 99,,ghost@example.com,maybe\r\n"                                            // line 6: refused thrice
                + ",Nameless,+33 6 12 34 56 78,,,\r\n"                                                       // line 7: refused, no name
                + "Twice,,\"" + a + ";" + known + "\",,,\r\n";                                               // line 8: two contacts
        Http.Response r = importCsv(csv, TestServer.API_TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = ResponseJson.of(r);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("refused").asInt()).isEqualTo(4);
        JsonNode rows = report.get("rows");
        assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("result").asText()).isEqualTo("created");
        JsonNode alice = ResponseJson.of(server.api("/api/contacts/" + rows.get(0).get("contactId").asLong()));
        assertThat(alice.get("numbers").get(0).asText()).isEqualTo(a);
        assertThat(alice.get("vip").asBoolean()).isTrue();
        assertThat(alice.get("ownerUserId").asLong()).isEqualTo(server.directory().userId("Jane"));
        assertThat(rows.get(1).get("result").asText()).isEqualTo("updated");
        assertThat(rows.get(1).get("contactId").asLong()).isEqualTo(existing);
        JsonNode updated = ResponseJson.of(server.api("/api/contacts/" + existing));
        assertThat(updated.get("name").asText()).isEqualTo("New Name");
        assertThat(updated.get("company").asText()).as("an empty cell leaves the field").isEqualTo("Keep Co");
        assertThat(updated.get("notes").asText()).isEqualTo("kept");
        assertThat(updated.get("numbers").toString()).isEqualTo("[\"" + known + "\",\"" + b + "\"]");
        assertThat(rows.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(rows.get(2).at("/reasons/number").asText()).contains("not a number", "not a phone number");
        assertThat(rows.get(3).get("line").asInt()).isEqualTo(6);
        assertThat(rows.get(3).get("reasons").toString()).contains("\"number\"", "\"owner_email\"", "ghost@example.com", "\"vip\"");
        assertThat(rows.get(4).at("/reasons/name").asText()).contains("required for a new contact");
        assertThat(rows.get(5).at("/reasons/number").asText()).contains("different contacts", "(Alice Martin)", "(New Name)");
        assertThat(importCsv(csv, TestServer.API_TOKEN).body()).as("again: nothing new").contains("\"created\":0", "\"updated\":2");
    }

    @Test
    void a_file_without_a_number_column_or_with_unknown_columns_is_refused_whole() {
        assertThat(ResponseJson.of(importCsv("name,company\nA,B\n", TestServer.API_TOKEN)).at("/fields/header").asText())
                .contains("number is required");
        assertThat(ResponseJson.of(importCsv("name,number,phone2\nA,+33145678901,x\n", TestServer.API_TOKEN)).at("/fields/header").asText())
                .contains("unknown: phone2");
        assertThat(importCsv("name,number\n\"broken,+33145678901\n", TestServer.API_TOKEN).status()).isEqualTo(400);
    }
}
