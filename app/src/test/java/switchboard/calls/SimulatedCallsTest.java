package switchboard.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** The simulator's calls (CallUUIDs starting with sim-) are marked in the log and can be filtered out. */
class SimulatedCallsTest extends ServerTest {
    private final String simulated = "sim-" + UUID.randomUUID();
    private final String real = UUID.randomUUID().toString();

    @BeforeAll
    void calls() {
        for (String uuid : List.of(simulated, real)) {
            assertThat(server.plivo("/plivo/answer", Map.of("CallUUID", uuid, "From", "sip:caller@phone.plivo.com",
                    "To", "sip:sales@phone.plivo.com", "CallStatus", "ringing", "Direction", "inbound")).status()).isEqualTo(200);
        }
    }

    @Test
    void a_call_the_simulator_made_says_so() {
        assertThat(call(simulated).get("simulated").asBoolean()).isTrue();
        assertThat(call(real).get("simulated").asBoolean()).isFalse();
    }

    @Test
    void the_history_filters_on_it() {
        assertThat(uuids("?simulated=false")).containsExactly(real);
        assertThat(uuids("?simulated=true")).containsExactly(simulated);
        assertThat(uuids("")).containsExactly(real, simulated);
    }

    @Test
    void the_csv_export_carries_it() {
        String csv = server.http().get("/api/calls?simulated=true", Map.of("Authorization", "Bearer " + switchboard.testing.TestServer.API_TOKEN,
                "Accept", "text/csv")).body();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = List.of(csv.lines().skip(1).findFirst().orElseThrow().split(",", -1));
        assertThat(header).contains("simulated");
        assertThat(row).contains(simulated);
        assertThat(row.get(header.indexOf("simulated"))).isEqualTo("true");
    }

    @Test
    void a_bad_value_is_a_400_naming_the_parameter() {
        var response = server.api("/api/calls?simulated=maybe");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("simulated must be true or false");
    }

    private JsonNode call(String uuid) {
        return ResponseJson.of(server.api("/api/calls?callUuid=" + uuid)).at("/items/0");
    }

    private List<String> uuids(String query) {
        List<String> out = new ArrayList<>();
        ResponseJson.of(server.api("/api/calls" + query)).get("items").forEach(i -> out.add(i.get("callUuid").asText()));
        return out;
    }
}
