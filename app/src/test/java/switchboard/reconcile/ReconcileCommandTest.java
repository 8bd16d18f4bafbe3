package switchboard.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.calls.CallFlow;
import switchboard.calls.CallObserver;
import switchboard.calls.CallSteps;
import switchboard.calls.Incoming;
import switchboard.plivo.xml.CallXml;
import switchboard.testing.CliRun;
import switchboard.testing.FakePlivo;
import switchboard.testing.PlivoCliTest;

/** `plivo reconcile` against a fake Plivo whose records tell of calls our webhooks lost. */
class ReconcileCommandTest extends PlivoCliTest {
    private static final DateTimeFormatter PLIVO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String UNHEARD = "6c3a8b60-26e0-4842-9387-2350de79f16b";
    private static final String NO_HANGUP = "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd";
    private static final String NOT_OURS = "eba53b9e-8fbd-45c1-9444-696d2172fbc8";

    private CliRun reconcile(String... since) {
        return cli(Map.of(), since.length == 0 ? new String[] {"plivo", "reconcile"}
                : new String[] {"plivo", "reconcile", "--since", since[0]});
    }

    private static String at(int minutesAgo) {
        return PLIVO.format(NOW.minus(minutesAgo, ChronoUnit.MINUTES).atOffset(ZoneOffset.ofHoursMinutes(5, 30)));
    }

    private static String call(String uuid, String direction, String parent, String to, String answered, int seconds) {
        return FakePlivo.fill("callRecord.json", "call_uuid", uuid, "direction", direction, "parent_call_uuid", parent,
                "from", "sip:customer42@phone.plivo.com", "to", to, "duration", seconds, "answer_time", answered,
                "initiation_time", at(30), "end_time", at(25), "hangup_cause", "NORMAL_CLEARING");
    }

    /** Plivo's side: a call we never heard of (answered by Jane), a call whose hangup and recording were lost, a stranger's. */
    private void stubPlivoRecords() {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Call/")).willReturn(FakePlivo.list(List.of(
                call(UNHEARD, "inbound", null, "sip:sales@phone.plivo.com", at(30), 300),
                call("b-leg-jane", "outbound", UNHEARD, "sip:jane-mobile@phone.plivo.com", at(29), 280),
                call("b-leg-luke", "outbound", UNHEARD, "sip:luke-mobile@phone.plivo.com", null, 0),
                call(NO_HANGUP, "inbound", null, "sip:support@phone.plivo.com", at(30), 95),
                call(NOT_OURS, "inbound", null, "sip:someone-else@phone.plivo.com", at(30), 10)))));
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Recording/")).willReturn(FakePlivo.list(List.of(
                FakePlivo.fill("recordingRecord.json", "call_uuid", NO_HANGUP, "recording_id", "c2186400-1c8c-1124-a664-0026b945b522",
                        "recording_url", "https://media.plivo.com/c2186400.mp3", "duration_ms", "34100.00000",
                        "add_time", at(26).replace("+", ".852059+"), "from", "x", "to", "y")))));
    }

    /** Our side: the call to Support arrived, rang, and then we heard nothing more. */
    private void answeredButNothingAfter() {
        CallXml xml = new CallXml("https://switchboard.example.test");
        new CallFlow(db.jdbi(), xml, CallObserver.NONE, new CallSteps(xml, java.time.Clock.systemUTC()))
                .answer(new Incoming.Call(NO_HANGUP, "sip:customer42@phone.plivo.com", "sip:support@phone.plivo.com", null));
    }

    private String callRow(String uuid) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                select c.status || ' line=' || coalesce(l.name, '-') || ' user=' || coalesce(u.name, '-')
                    || ' duration=' || coalesce(c.duration_seconds::text, '-') || ' voicemail=' || coalesce(c.voicemail_url, '-')
                    || ' started=' || to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                from calls c left join lines l on l.id = c.line_id left join users u on u.id = c.answered_user_id
                where c.call_uuid = :uuid""").bind("uuid", uuid).mapTo(String.class).findOne().orElse("absent"));
    }

    private String everything() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                select (select string_agg(call_uuid || ':' || status, ',' order by id) from calls)
                    || ' events=' || (select count(*) from call_events)""").mapTo(String.class).one());
    }

    @Test
    void lost_webhooks_are_repaired_from_plivo_records_and_strangers_calls_are_left_out() {
        answeredButNothingAfter();
        stubPlivoRecords();
        CliRun run = reconcile();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checked 5 Plivo call records and 1 recordings", "Repaired 2 call(s).")
                .containsPattern(UNHEARD + " +created, answered, closed").containsPattern(NO_HANGUP + " +closed, voicemail");
        assertThat(callRow(UNHEARD)).isEqualTo("answered line=Sales user=Jane duration=300 voicemail=- started="
                + NOW.minus(30, ChronoUnit.MINUTES));
        assertThat(callRow(NO_HANGUP)).startsWith("voicemail line=Support user=- duration=95 voicemail=https://media.plivo.com/c2186400.mp3");
        assertThat(callRow(NOT_OURS)).isEqualTo("absent");
        assertThat(callRow("b-leg-jane")).isEqualTo("absent");
    }

    @Test
    void the_repairs_show_in_the_timeline_as_the_webhooks_would_have_written_them() {
        stubPlivoRecords();
        reconcile();
        List<String> events = db.jdbi().withHandle(h -> h.createQuery("""
                select e.type || ' ' || (e.detail->>'via') from call_events e join calls c on c.id = e.call_id
                where c.call_uuid = :uuid order by e.id""").bind("uuid", UNHEARD).mapTo(String.class).list());
        assertThat(events).containsExactly("call-started reconcile", "answered reconcile", "hangup reconcile");
    }

    @Test
    void a_second_run_repairs_nothing() {
        answeredButNothingAfter();
        stubPlivoRecords();
        assertThat(reconcile().code()).isZero();
        String after = everything();
        CliRun second = reconcile();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Nothing to repair.");
        assertThat(everything()).isEqualTo(after);
    }

    @Test
    void the_window_is_asked_of_plivo_as_utc_times() {
        stubPlivoRecords();
        assertThat(reconcile("90m").code()).isZero();
        plivo.wiremock().verify(getRequestedFor(urlPathEqualTo(ACCOUNT + "Call/"))
                .withQueryParam("end_time__gte", matching("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")));
        plivo.wiremock().verify(getRequestedFor(urlPathEqualTo(ACCOUNT + "Recording/"))
                .withQueryParam("add_time__gte", matching("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")));
    }

    @Test
    void a_window_that_is_not_a_duration_or_too_long_is_refused() {
        assertThat(reconcile("yesterday").code()).isEqualTo(2);
        CliRun tooLong = reconcile("31d");
        assertThat(tooLong.code()).isEqualTo(2);
        assertThat(tooLong.err()).contains("--since must be", "at most 30d");
    }
}
