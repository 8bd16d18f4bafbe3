package switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.config.NotifyConfig;
import switchboard.testing.MailServer;
import switchboard.testing.MailServerTest;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.TestServer;

/** Mails through a real SMTP server: to the line's first tier for a missed call or voicemail, to the assignee on changes. */
class MailNotificationsTest extends MailServerTest {

    @Test
    void a_missed_call_mails_the_first_tier_of_its_line_once() {
        PlivoCall call = missed(server.newCall(SALES));
        call.hangup(8, "ORIGINATOR_CANCEL");
        delivery.deliverDue();
        List<MailServer.Received> mails = mailsWithId("call-" + callId(call) + "-missed");
        assertThat(mails).extracting(MailServer.Received::to).containsExactlyInAnyOrder("luke@example.com", "jane@example.com");
        MailServer.Received mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Missed call on Sales from " + call.from);
        long callbackId = onlyCallbackOf(server, call.from).get("id").asLong();
        assertThat(mail.text()).contains(call.from, "Sales", "nobody answered",
                TestServer.PUBLIC_URL + "/api/callbacks/" + callbackId);
    }

    @Test
    void a_new_voicemail_mails_the_first_tier_with_the_link() {
        PlivoCall call = voicemail(server.newCall(SALES), "https://media.plivo.com/vm-mail.mp3", 14);
        delivery.deliverDue();
        List<MailServer.Received> mails = mailsWithId("call-" + callId(call) + "-voicemail");
        assertThat(mails).extracting(MailServer.Received::to).containsExactlyInAnyOrder("luke@example.com", "jane@example.com");
        assertThat(mails.get(0).subject()).isEqualTo("New voicemail on Sales from " + call.from);
        assertThat(mails.get(0).text()).contains("https://media.plivo.com/vm-mail.mp3", "(14 s)", call.from);
        assertThat(mailsWithId("call-" + callId(call) + "-missed")).isEmpty();
    }

    @Test
    void a_recording_after_the_hangup_mails_the_voicemail_after_the_missed_call() {
        PlivoCall call = atVoicemail(server.newCall(MAIN));
        call.hangup(30, "NORMAL_CLEARING");
        delivery.deliverDue();
        call.recordCallback("https://media.plivo.com/late-mail.mp3", 6);
        delivery.deliverDue();
        assertThat(mailsWithId("call-" + callId(call) + "-missed")).extracting(MailServer.Received::to).containsExactly("luke@example.com");
        assertThat(mailsWithId("call-" + callId(call) + "-voicemail")).extracting(MailServer.Received::text)
                .singleElement().asString().contains("https://media.plivo.com/late-mail.mp3");
    }

    @Test
    void assignment_and_status_changes_mail_the_assignee_and_notes_do_not() {
        long id = ResponseJson.of(server.api("POST", "/api/callbacks", "{\"lineId\": " + lineId(server, "Support")
                + ", \"from\": \"+4471000001\"}")).get("id").asLong();
        long peter = server.directory().userId("Peter");
        server.api("PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + peter + "}");
        server.api("POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"tried twice\"}");
        server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"no-reply\"}");
        server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"no-reply\"}"); // no change, no mail
        delivery.deliverDue();
        List<MailServer.Received> mails = smtp.received().stream()
                .filter(m -> m.switchboardId() != null && m.switchboardId().startsWith("callback-" + id + "-")).toList();
        assertThat(mails).extracting(MailServer.Received::to).containsExactly("peter@example.com", "peter@example.com");
        assertThat(mails.get(0).subject()).isEqualTo("Callback #" + id + " (+4471000001, Support): assigned to you");
        assertThat(mails.get(1).subject()).endsWith(": now no-reply");
        assertThat(mails.get(1).text()).contains("Last note (API_TOKEN): tried twice");
    }

    @Test
    void mails_wait_while_the_smtp_server_is_down_and_each_arrives_exactly_once() {
        smtp.down();
        List<PlivoCall> calls = List.of(missed(server.newCall(SALES)), missed(server.newCall(MAIN)), missed(server.newCall(SUPPORT)));
        PlivoCall withMessage = voicemail(server.newCall(SALES), "https://media.plivo.com/while-down.mp3", 5);
        Delivery.Pass whileDown = delivery.deliverDue();
        assertThat(whileDown.delivered()).isZero();
        assertThat(whileDown.failed()).isEqualTo(6); // Sales 2 + Main 1 + Support 1 + Sales voicemail 2
        smtp.up();
        assertThat(delivery.deliverDue().delivered()).as("nothing is due before its backoff ends").isZero();
        clock.advance(Duration.ofHours(1));
        Delivery afterRestart = newDelivery(); // the outbox is in the database: a new process picks it up
        assertThat(afterRestart.deliverDue().delivered()).isEqualTo(6);
        clock.advance(Duration.ofHours(2));
        assertThat(afterRestart.deliverDue()).isEqualTo(new Delivery.Pass(0, 0));
        for (PlivoCall call : calls) assertThat(mailsWithId("call-" + callId(call) + "-missed")).hasSizeGreaterThanOrEqualTo(1);
        List<String> delivered = calls.stream().flatMap(c -> mailsWithId("call-" + callId(c) + "-missed").stream())
                .map(m -> m.switchboardId() + " " + m.to()).toList();
        assertThat(delivered).doesNotHaveDuplicates().hasSize(4);
        assertThat(mailsWithId("call-" + callId(withMessage) + "-voicemail")).extracting(MailServer.Received::to)
                .containsExactlyInAnyOrder("luke@example.com", "jane@example.com");
    }

    @Test
    void without_smtp_mails_are_logged_and_count_as_delivered() {
        Delivery logging = Delivery.create(NotifyConfig.none(), server.jdbi(), clock);
        PlivoCall call = missed(server.newCall(MAIN));
        assertThat(logging.deliverDue().delivered()).isEqualTo(1);
        assertThat(delivery.deliverDue().delivered()).isZero();
        assertThat(mailsWithId("call-" + callId(call) + "-missed")).isEmpty();
    }

    @Test
    void a_refused_login_is_a_failure_to_retry_not_a_delivery() {
        String wrongPassword = smtp.url().replace("p%40ss", "wrong");
        Delivery refused = Delivery.create(TestServer.config(Map.of("SMTP_URL", wrongPassword,
                "MAIL_FROM", "switchboard@example.test")).notifications(), server.jdbi(), clock);
        PlivoCall call = missed(server.newCall(MAIN));
        assertThat(refused.deliverDue()).isEqualTo(new Delivery.Pass(0, 1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue().delivered()).isEqualTo(1);
        assertThat(mailsWithId("call-" + callId(call) + "-missed")).hasSize(1);
    }

    private List<MailServer.Received> mailsWithId(String id) {
        return smtp.received().stream().filter(m -> id.equals(m.switchboardId())).toList();
    }
}
