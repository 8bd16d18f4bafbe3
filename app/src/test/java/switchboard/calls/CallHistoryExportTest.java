package switchboard.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** History filters (who answered, caller, time window) and the CSV export of all pages. */
class CallHistoryExportTest extends ServerTest {
    static final int OLD_CALLS = 1_203; // more than two CSV batches
    PlivoCall answeredByPeter;

    @BeforeAll
    void history() {
        server.jdbi().useHandle(h -> h.execute("""
                insert into calls (call_uuid, line_id, from_uri, to_uri, started_at, ended_at)
                select 'old-' || g, (select id from lines where name = 'Sales'), 'sip:"Doe, John"@example.com',
                       'sip:sales@phone.plivo.com', timestamptz '2020-01-01 00:00:00Z' + g * interval '1 minute',
                       timestamptz '2020-01-01 00:00:30Z' + g * interval '1 minute'
                from generate_series(1, ?) g""", OLD_CALLS));
        answeredByPeter = server.newCall("sip:support@phone.plivo.com");
        answeredByPeter.answer();
        answeredByPeter.answeredBy(0, "sip:peter-desktop@phone.plivo.com");
        answeredByPeter.dialEnded(0, "completed");
    }

    @Test
    void calls_filter_by_who_answered_and_by_caller() {
        long peter = server.directory().userId("Peter");
        assertThat(ResponseJson.of(server.api("/api/calls?userId=" + peter)).get("items").findValuesAsText("callUuid"))
                .containsExactly(answeredByPeter.uuid);
        String from = java.net.URLEncoder.encode(answeredByPeter.from, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ResponseJson.of(server.api("/api/calls?from=" + from)).get("items")).hasSize(1);
    }

    @Test
    void calls_filter_by_time_window() {
        Http.Response r = server.api("/api/calls?since=2020-01-01T00:10:00Z&until=2020-01-01T00:20:00Z&limit=200");
        assertThat(ResponseJson.of(r).get("items")).hasSize(10);
        assertThat(ResponseJson.of(server.api("/api/calls?since=2020-01-01T01:00:00+01:00&until=2020-01-01T00:05:30Z")).get("items")).hasSize(5);
        assertThat(server.api("/api/calls?since=yesterday").status()).isEqualTo(400);
    }

    @Test
    void csv_export_holds_every_matching_call_across_all_pages() {
        Http.Response r = csv("/api/calls?status=missed");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<String> lines = Arrays.asList(r.body().split("\r\n"));
        assertThat(lines.get(0)).startsWith("id,callUuid,lineId,line,from,to,status");
        assertThat(lines).hasSize(OLD_CALLS + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",missed,"));
    }

    @Test
    void csv_cells_with_commas_and_quotes_are_quoted() {
        String body = csv("/api/calls?callUuid=old-7").body();
        assertThat(body.split("\r\n")).hasSize(2);
        assertThat(body).contains(",\"sip:\"\"Doe, John\"\"@example.com\",");
    }

    @Test
    void csv_export_applies_the_same_filters_and_checks() {
        assertThat(csv("/api/calls?userId=" + server.directory().userId("Peter")).body().split("\r\n")).hasSize(2);
        assertThat(csv("/api/calls?status=nope").status()).isEqualTo(400);
        assertThat(csv("/api/calls?limit=0").status()).isEqualTo(400);
        assertThat(csv("/api/calls?cursor=zzz").status()).isEqualTo(400);
        assertThat(server.http().get("/api/calls", Map.of("Accept", "text/csv")).status()).isEqualTo(401);
    }

    private Http.Response csv(String path) {
        return server.http().get(path, Map.of("Authorization", "Bearer " + TestServer.API_TOKEN, "Accept", "text/csv"));
    }
}
