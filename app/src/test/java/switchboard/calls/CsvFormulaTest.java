package switchboard.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** A caller's From that a spreadsheet would run as a formula is written as text in the CSV export (OWASP). */
class CsvFormulaTest extends ServerTest {

    @Test
    void cells_starting_with_formula_characters_are_neutralised() {
        String[] hostile = {"=HYPERLINK(\"http://evil.example/x\",\"click\")", "+1+cmd|' /C calc'!A0", "@SUM(1+1)",
                "-2+3+cmd|' /C calc'!A0"};
        String[] expected = {"\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\"", "'+1+cmd|' /C calc'!A0",
                "'@SUM(1+1)", "'-2+3+cmd|' /C calc'!A0"};
        for (int i = 0; i < hostile.length; i++) {
            PlivoCall call = server.newCall("sip:sales@phone.plivo.com", hostile[i]);
            call.answer();
            String csv = csv("/api/calls?callUuid=" + call.uuid).body();
            String row = csv.substring(csv.indexOf("\r\n") + 2);
            assertThat(row).as(hostile[i]).contains("," + expected[i] + ",");
        }
    }

    @Test
    void plain_values_and_numbers_are_left_alone() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com", "sip:plain@phone.plivo.com");
        call.answer();
        call.hangup(12, "NORMAL_CLEARING");
        String row = csv("/api/calls?callUuid=" + call.uuid).body().split("\r\n")[1];
        assertThat(row).contains(",sip:plain@phone.plivo.com,sip:sales@phone.plivo.com,missed,").contains(",12,NORMAL_CLEARING");
    }

    private Http.Response csv(String path) {
        return server.http().get(path, Map.of("Authorization", "Bearer " + TestServer.API_TOKEN, "Accept", "text/csv"));
    }
}
