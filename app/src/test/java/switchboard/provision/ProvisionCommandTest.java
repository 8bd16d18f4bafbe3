package switchboard.provision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import switchboard.testing.CliRun;
import switchboard.testing.FakePlivo;
import switchboard.testing.PlivoCliTest;

/** `plivo provision` against a fake Plivo and the seeded demo directory: 3 lines and 5 apps. */
class ProvisionCommandTest extends PlivoCliTest {
    private static final String APP_ID = "20468599130939380";
    private static final String DIGITS = "260331103010"; // what Plivo appends to every username
    private static final List<String> USERNAMES = List.of("mainoffice", "sales", "support", "janemobile",
            "janedesktop", "petermobile", "peterdesktop", "lukemobile");

    private CliRun provision(String... extra) {
        List<String> args = new ArrayList<>(List.of("plivo", "provision"));
        args.addAll(List.of(extra));
        return cli(Map.of(), args.toArray(String[]::new));
    }

    /** An empty account: no Switchboard application; one endpoint of someone else's. */
    private void stubEmptyAccount() {
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/")).withQueryParam("app_name", equalTo("Switchboard"))
                .willReturn(FakePlivo.json("applicationListEmptyResponse.json")));
        plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Application/"))
                .willReturn(FakePlivo.json("applicationCreateResponse.json", "app_id", APP_ID)));
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/")).willReturn(FakePlivo.json("endpointListResponse.json")));
        for (int i = 0; i < USERNAMES.size(); i++) {
            String u = USERNAMES.get(i);
            String id = "3737186010" + (3660 + i);
            plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Endpoint/")).withRequestBody(matchingJsonPath("$.username", equalTo(u)))
                    .willReturn(FakePlivo.json("endpointCreateResponse.json", "username", u + DIGITS, "alias", "a", "endpoint_id", id)));
            plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/" + id + "/")).willReturn(FakePlivo.json(
                    "endpointGetResponse.json", "username", u + DIGITS, "alias", "a", "endpoint_id", id, "app_id", APP_ID)));
        }
    }

    /** The account as the first run left it: our application and our eight endpoints attached to it. */
    private void stubProvisionedAccount() {
        plivo.wiremock().resetAll();
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Application/" + APP_ID + "/"))
                .willReturn(FakePlivo.json("applicationGetResponse.json", "app_id", APP_ID, "public_url", PUBLIC_URL)));
        List<String> endpoints = new ArrayList<>();
        for (int i = 0; i < USERNAMES.size(); i++) {
            endpoints.add(FakePlivo.fill("endpointRecord.json", "username", USERNAMES.get(i) + DIGITS,
                    "alias", "switchboard-x", "endpoint_id", "3737186010" + (3660 + i), "app_id", APP_ID));
        }
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/")).willReturn(FakePlivo.list(endpoints)));
    }

    private List<String> rows() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                select name || ' ' || sip_uri || ' ' || coalesce(plivo_endpoint_id, '-') from lines
                union all select label || ' ' || sip_uri || ' ' || coalesce(plivo_endpoint_id, '-') from apps
                order by 1""").mapTo(String.class).list());
    }

    private String storedApplication() {
        return db.jdbi().withHandle(h -> h.createQuery("select coalesce(max(app_id), '-') from plivo_applications")
                .mapTo(String.class).one());
    }

    @Test
    void first_run_creates_the_application_and_an_endpoint_for_every_line_and_app_and_stores_the_real_sip_uris() {
        stubEmptyAccount();
        CliRun run = provision();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plivo application Switchboard (" + APP_ID + "): created",
                PUBLIC_URL + "/plivo/answer", "8 created, 0 updated, 0 adopted, 0 left alone.");
        assertThat(storedApplication()).isEqualTo(APP_ID);
        assertThat(rows()).contains("Sales sip:sales" + DIGITS + "@phone.plivo.com 37371860103661",
                "mobile sip:lukemobile" + DIGITS + "@phone.plivo.com 37371860103667");
        assertThat(rows()).allSatisfy(r -> assertThat(r).doesNotEndWith(" -"));
        plivo.wiremock().verify(postRequestedFor(urlPathEqualTo(ACCOUNT + "Application/"))
                .withRequestBody(matchingJsonPath("$.answer_url", equalTo(PUBLIC_URL + "/plivo/answer")))
                .withRequestBody(matchingJsonPath("$.hangup_url", equalTo(PUBLIC_URL + "/plivo/hangup")))
                .withRequestBody(matchingJsonPath("$.fallback_answer_url", equalTo(PUBLIC_URL + "/plivo/fallback"))));
        plivo.wiremock().verify(postRequestedFor(urlPathEqualTo(ACCOUNT + "Endpoint/"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("sales")))
                .withRequestBody(matchingJsonPath("$.alias", equalTo("switchboard-line-2")))
                .withRequestBody(matchingJsonPath("$.app_id", equalTo(APP_ID))));
    }

    @Test
    void passwords_are_printed_once_with_their_endpoint_and_never_logged() {
        stubEmptyAccount();
        CliRun run = provision();
        assertThat(run.code()).as(run.err()).isZero();
        Matcher m = Pattern.compile("(?m)created\\s+sip:\\S+\\s+([A-Za-z0-9]{20})$").matcher(run.out());
        List<String> passwords = new ArrayList<>();
        while (m.find()) passwords.add(m.group(1));
        assertThat(passwords).hasSize(8).doesNotHaveDuplicates();
        assertThat(run.out()).contains("shown only now");
        for (String p : passwords) {
            assertThat(run.logs()).doesNotContain(p);
            assertThat(run.err()).doesNotContain(p);
            plivo.wiremock().verify(postRequestedFor(urlPathEqualTo(ACCOUNT + "Endpoint/"))
                    .withRequestBody(matchingJsonPath("$.password", equalTo(p))));
        }
    }

    @Test
    void a_second_run_creates_nothing_and_leaves_everything_alone() {
        stubEmptyAccount();
        assertThat(provision().code()).isZero();
        List<String> before = rows();
        stubProvisionedAccount();
        CliRun second = provision();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("(" + APP_ID + "): unchanged", "0 created, 0 updated, 0 adopted, 8 left alone.")
                .doesNotContain("shown only now");
        plivo.wiremock().verify(0, postRequestedFor(anyUrl()));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void dry_run_prints_the_plan_and_changes_nothing() {
        stubEmptyAccount();
        List<String> before = rows();
        CliRun run = provision("--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Dry run", "(new): would create", "sip:mainoffice<digits>@phone.plivo.com",
                "8 would be created");
        plivo.wiremock().verify(0, postRequestedFor(anyUrl()));
        assertThat(rows()).isEqualTo(before);
        assertThat(storedApplication()).isEqualTo("-");
    }

    @Test
    void an_endpoint_created_before_but_never_stored_is_adopted_not_duplicated() {
        stubEmptyAccount();
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/")).willReturn(FakePlivo.list(List.of(
                FakePlivo.fill("endpointRecord.json", "username", "sales" + DIGITS, "alias", "switchboard-line-2",
                        "endpoint_id", "555", "app_id", APP_ID)))));
        CliRun run = provision();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("7 created, 0 updated, 1 adopted, 0 left alone.");
        assertThat(rows()).contains("Sales sip:sales" + DIGITS + "@phone.plivo.com 555");
        plivo.wiremock().verify(0, postRequestedFor(urlPathEqualTo(ACCOUNT + "Endpoint/"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("sales"))));
    }

    @Test
    void a_failure_midway_stops_with_one_line_after_showing_the_passwords_already_issued() {
        stubEmptyAccount();
        plivo.wiremock().stubFor(post(urlPathEqualTo(ACCOUNT + "Endpoint/")).withRequestBody(matchingJsonPath("$.username", equalTo("support")))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": \"internal error\"}")));
        CliRun run = provision();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("plivo: Plivo failed (HTTP 500) while creating endpoint support, 3 attempts: internal error\n");
        assertThat(run.out()).containsPattern("Main Office +created +sip:mainoffice" + DIGITS + "@phone.plivo.com +[A-Za-z0-9]{20}")
                .containsPattern("Sales +created +sip:sales\\S+ +[A-Za-z0-9]{20}");
        assertThat(rows()).contains("Sales sip:sales" + DIGITS + "@phone.plivo.com 37371860103661", "Support sip:support@phone.plivo.com -");
    }

    @Test
    void a_sip_uri_another_row_already_has_is_one_line_saying_what_to_do() {
        stubEmptyAccount();
        plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Endpoint/37371860103661/")).willReturn(FakePlivo.json(
                "endpointGetResponse.json", "username", "support", "alias", "a", "endpoint_id", "37371860103661", "app_id", APP_ID)));
        CliRun run = provision();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: line 2 (Sales): Plivo's endpoint 37371860103661 has SIP URI"
                + " sip:support@phone.plivo.com, which another line or app already has").hasLineCount(1);
        assertThat(run.err() + run.logs()).doesNotContain("\tat ");
    }
}
