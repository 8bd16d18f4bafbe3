package switchboard.queue;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;
import static switchboard.testing.Staff.tier;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.testing.FakePlivo;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.Staff.Person;
import switchboard.testing.TestServer;

/** With Plivo REST credentials, a user who becomes free is offered the waiting caller at once, by a live transfer. */
class QueueTransferTest extends QueueServerTest {
    private final FakePlivo plivo = FakePlivo.start();

    @Override
    protected Map<String, String> serverEnv() {
        Map<String, String> env = new HashMap<>(plivo.env());
        env.remove("PLIVO_AUTH_ID"); // the test server's own, which its signatures use
        env.put("PLIVO_API_TIMEOUT", "10s"); // a loaded machine: the failing transfer is a 500, not a timeout
        return env;
    }

    @AfterAll
    void stopPlivo() {
        plivo.close();
    }

    @BeforeEach
    void plivoAcceptsTransfers() {
        plivo.wiremock().resetAll();
        plivo.wiremock().stubFor(post(urlPathMatching(ACCOUNT + "Call/.*/")).willReturn(FakePlivo.json(202, "callUpdateResponse.json")));
    }

    private List<LoggedRequest> transfersOf(PlivoCall call, int atLeast, long withinMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + withinMillis;
        List<LoggedRequest> found;
        do {
            found = plivo.wiremock().findAll(postRequestedFor(urlPathEqualTo(ACCOUNT + "Call/" + call.uuid + "/")));
            if (found.size() >= atLeast) return found;
            Thread.sleep(50);
        } while (System.currentTimeMillis() < until);
        return found;
    }

    @Test
    void a_user_who_becomes_free_gets_the_caller_at_once_and_the_later_redirect_changes_nothing() throws Exception {
        Person ann = staff.user("Ann");
        String line = staff.line("Live", queue(""), tier("ring-all", ann));
        PlivoCall busy = talking(line, ann);
        PlivoCall caller = server.newCall(line);
        caller.answer();
        assertThat(transfersOf(caller, 1, 1500)).as("nobody is free yet").isEmpty();
        busy.hangup(60, "NORMAL_CLEARING");
        assertThat(transfersOf(caller, 1, 15000)).hasSize(1);
        plivo.wiremock().verify(postRequestedFor(urlPathEqualTo(ACCOUNT + "Call/" + caller.uuid + "/"))
                .withRequestBody(matchingJsonPath("$.legs", equalTo("aleg")))
                .withRequestBody(matchingJsonPath("$.aleg_url", equalTo(TestServer.PUBLIC_URL + "/plivo/queue/0/next")))
                .withRequestBody(matchingJsonPath("$.aleg_method", equalTo("POST"))));
        Http.Response fetched = caller.waitEnded(0); // Plivo fetching what the transfer named
        assertThat(fetched.xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(fetched.xml().string("/Response/Dial/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/dial/1/action");
        assertThat(caller.waitEnded(0).body()).as("the wait step's own Redirect, arriving late").isEqualTo(fetched.body());
        assertThat(events(caller).stream().filter("queue-offered"::equals)).hasSize(1);
        assertThat(queueOf(caller).at("/callers/0/offeredTo/0/name").asText()).isEqualTo("Ann");
        caller.answeredBy(1, ann.sipUri());
        assertThat(record(caller).get("status").asText()).isEqualTo("in-progress");
        assertThat(transfersOf(caller, 2, 1500)).as("one transfer, ever").hasSize(1);
    }

    @Test
    void a_failed_transfer_leaves_the_offer_to_the_wait_steps_redirect_and_the_user_to_that_caller() throws Exception {
        plivo.wiremock().resetAll();
        plivo.wiremock().stubFor(post(urlPathMatching(ACCOUNT + "Call/.*/")).willReturn(FakePlivo.json(500, "error404.json")));
        Person ann = staff.user("Ann");
        String line = staff.line("Flaky", queue(""), tier("ring-all", ann));
        PlivoCall busy = talking(line, ann);
        PlivoCall caller = server.newCall(line);
        caller.answer();
        busy.hangup(60, "NORMAL_CLEARING");
        assertThat(transfersOf(caller, 1, 15000)).isNotEmpty();
        PlivoCall other = server.newCall(line);
        assertThat(other.answer().xml().count("/Response/Dial")).as("Ann is reserved for the first caller").isZero();
        assertThat(caller.waitEnded(0).xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void wrap_up_passing_and_a_user_coming_back_are_noticed_without_a_webhook() throws Exception {
        Person ann = staff.user("Ann");
        String line = staff.line("Wrap", "\"wrapUpSeconds\": 4, " + queue(""), tier("ring-all", ann));
        PlivoCall busy = talking(line, ann);
        PlivoCall caller = server.newCall(line);
        caller.answer();
        busy.hangup(60, "NORMAL_CLEARING");
        assertThat(transfersOf(caller, 1, 1000)).as("in wrap-up").isEmpty();
        assertThat(transfersOf(caller, 1, 15000)).as("wrap-up passed").hasSize(1);

        Person bob = staff.user("Bob", "\"status\": \"away\"");
        Person cy = staff.user("Cy");
        String desk = staff.line("Desk", queue(""), tier("ring-all", bob, cy));
        talking(desk, cy);
        PlivoCall waiting = server.newCall(desk);
        waiting.answer();
        assertThat(transfersOf(waiting, 1, 1500)).isEmpty();
        server.api("PUT", "/api/users/" + bob.id() + "/status", "{\"status\": \"available\"}");
        assertThat(transfersOf(waiting, 1, 15000)).as("Bob is back").hasSize(1);
        assertThat(waiting.waitEnded(0).xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
    }
}
