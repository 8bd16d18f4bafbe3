package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import switchboard.apikeys.ApiKeys;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;

/** /api/contacts: numbers in every spelling stored as one key, a number held by one contact, who may add and change. */
class ContactsApiTest extends ContactsServer {

    @Test
    void numbers_are_stored_in_e164_whatever_their_spelling_and_sip_uris_with_a_number_as_that_number() {
        String n = paris(); // +3314xxxxxxx
        String national = "0" + n.substring(3, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 8) + " " + n.substring(8, 10) + " " + n.substring(10);
        JsonNode c = contact("{\"name\": \"Alice Martin\", \"company\": \"Acme\", \"numbers\": [\"" + national + "\", \"sip:Alice.M@Phone.Plivo.com;transport=udp\","
                + " \"sip:+44 20 7946 0" + n.substring(9) + "@phone.plivo.com\"], \"vip\": true, \"tags\": [\"key-account\"], \"email\": \"alice@acme.example\"}");
        assertThat(c.get("numbers").toString()).isEqualTo("[\"" + n + "\",\"sip:alice.m@phone.plivo.com\",\"+442079460" + n.substring(9) + "\"]");
        assertThat(c.get("vip").asBoolean()).isTrue();
        assertThat(c.get("tags").toString()).isEqualTo("[\"key-account\"]");
        for (String spelling : new String[] {n, national, n.substring(1), "sip:" + n + "@phone.plivo.com", "sip:" + national.replace(" ", "") + "@phone.plivo.com"}) {
            JsonNode found = ResponseJson.of(server.api("/api/contacts?number=" + URLEncoder.encode(spelling, StandardCharsets.UTF_8)));
            assertThat(found.at("/items/0/id").asLong()).as(spelling).isEqualTo(c.get("id").asLong());
            assertThat(found.get("items").size()).isOne();
        }
    }

    @Test
    void numbers_that_cannot_be_read_are_named_one_by_one() {
        Http.Response r = server.api("POST", "/api/contacts", "{\"name\": \"Bad\", \"numbers\": [\"+33 1 23\", \"call me\", \"sip:@\", \"+33 1 45 67 89 01\"],"
                + " \"ownerUserId\": 987654, \"vip\": \"yes\"}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.get("numbers[0]").asText()).contains("not a valid phone number");
        assertThat(fields.get("numbers[1]").asText()).contains("not a phone number");
        assertThat(fields.get("numbers[2]").asText()).contains("SIP URI");
        assertThat(fields.has("numbers[3]")).isFalse();
        assertThat(fields.get("vip").asText()).contains("true or false");
        assertThat(ResponseJson.of(server.api("POST", "/api/contacts", "{\"name\": \"X\", \"ownerUserId\": 987654}")).at("/fields/ownerUserId").asText())
                .isEqualTo("no user 987654");
    }

    @Test
    void a_number_belongs_to_one_contact_until_that_contact_is_deleted() {
        String n = paris();
        JsonNode first = contact("{\"name\": \"First\", \"numbers\": [\"" + n + "\"]}");
        Http.Response second = server.api("POST", "/api/contacts", "{\"name\": \"Second\", \"numbers\": [\"0" + n.substring(3) + "\"]}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains(n, "contact " + first.get("id").asLong(), "First");
        assertThat(server.api("DELETE", "/api/contacts/" + first.get("id").asLong(), null).status()).isEqualTo(204);
        assertThat(server.api("/api/contacts/" + first.get("id").asLong()).status()).isEqualTo(404);
        assertThat(contact("{\"name\": \"Second\", \"numbers\": [\"" + n + "\"]}").get("numbers").get(0).asText()).isEqualTo(n);
    }

    @Test
    void patch_changes_only_the_fields_given_and_numbers_replace_the_numbers() {
        String a = paris(), b = paris();
        long id = contact("{\"name\": \"Bob\", \"company\": \"Beta\", \"numbers\": [\"" + a + "\"], \"notes\": \"likes mornings\"}").get("id").asLong();
        Http.Response r = server.api("PATCH", "/api/contacts/" + id, "{\"company\": null, \"numbers\": [\"" + b + "\"], \"vip\": true}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = ResponseJson.of(r);
        assertThat(c.get("name").asText()).isEqualTo("Bob");
        assertThat(c.get("company").isNull()).isTrue();
        assertThat(c.get("notes").asText()).isEqualTo("likes mornings");
        assertThat(c.get("numbers").toString()).isEqualTo("[\"" + b + "\"]");
        assertThat(ResponseJson.of(server.api("/api/contacts?number=%2B" + a.substring(1))).get("items").size()).isZero();
        assertThat(ResponseJson.of(server.api("/api/contacts?vip=true&limit=200")).get("items").toString()).contains("\"id\":" + id);
    }

    @Test
    void user_keys_read_and_add_contacts_of_their_own_or_nobodys_and_only_admins_change_them() {
        long uma = staff.user("Uma").id(), vic = staff.user("Vic").id();
        String key = new ApiKeys(server.jdbi()).create("contacts-" + uma, "user", uma).key();
        Http.Response own = server.apiAs(key, "POST", "/api/contacts", "{\"name\": \"Mine\", \"numbers\": [\"" + paris() + "\"], \"ownerUserId\": " + uma + "}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(server.apiAs(key, "POST", "/api/contacts", "{\"name\": \"Nobody's\"}").status()).isEqualTo(201);
        Http.Response others = server.apiAs(key, "POST", "/api/contacts", "{\"name\": \"Vic's\", \"ownerUserId\": " + vic + "}");
        assertThat(others.status()).isEqualTo(403);
        long id = ResponseJson.of(own).get("id").asLong();
        assertThat(server.apiAs(key, "GET", "/api/contacts/" + id, null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "PATCH", "/api/contacts/" + id, "{\"vip\": true}").status()).isEqualTo(403);
        assertThat(server.apiAs(key, "DELETE", "/api/contacts/" + id, null).status()).isEqualTo(403);
        assertThat(importCsv("name,number\nX," + paris() + "\n", key).status()).isEqualTo(403);
    }

    @Test
    void a_deleted_owner_reads_as_no_owner() {
        long wes = staff.user("Wes").id();
        long id = contact("{\"name\": \"Owned\", \"ownerUserId\": " + wes + "}").get("id").asLong();
        server.api("DELETE", "/api/users/" + wes, null);
        assertThat(ResponseJson.of(server.api("/api/contacts/" + id)).get("ownerUserId").isNull()).isTrue();
    }
}
