package switchboard.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.MailServer;
import switchboard.testing.MailServerTest;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;

/** Publishing mails each person whose turns it changes, through the outbox, to a real SMTP server; swaps mail the other side. */
class RotaMailsTest extends MailServerTest {
    RotaSetup rota;
    Staff.Person ann, bob, cy;
    long desk;

    @BeforeEach
    void line() {
        rota = new RotaSetup(server);
        ann = rota.person("Ann", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        bob = rota.person("Bob", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        cy = rota.person("Cy", 2, 2, "MON 08:00-18:00", "TUE 08:00-18:00");
        desk = rota.line("Mail desk", "Europe/Paris", new Staff.Person[] {ann, bob, cy}, "MON 09:00-11:00 x2", "TUE 09:00-11:00").id();
    }

    @Test
    void a_publication_mails_each_person_their_turns_once() {
        assign("2027-W30", "MON 09:00-11:00", ann, bob);
        assign("2027-W30", "TUE 09:00-11:00", ann);
        rota.publish("2027-W30");
        rota.publish("2027-W30");
        delivery.deliverDue();
        List<MailServer.Received> mails = mails("rota-2027-W30-");
        assertThat(mails).extracting(MailServer.Received::switchboardId).containsExactlyInAnyOrder(
                "rota-2027-W30-p1-user-" + ann.id(), "rota-2027-W30-p1-user-" + bob.id());
        MailServer.Received toAnn = mails.stream().filter(m -> m.switchboardId().endsWith("-user-" + ann.id())).findFirst().orElseThrow();
        assertThat(toAnn.to()).startsWith("ann-");
        assertThat(toAnn.subject()).isEqualTo("Your phone turns for 2027-W30");
        assertThat(toAnn.text()).contains("Hello Ann", "2027-W30 (2027-07-26 to 2027-08-01)",
                "Mon 26 Jul 09:00-11:00 Mail desk (Europe/Paris), with Bob", "Tue 27 Jul 09:00-11:00 Mail desk (Europe/Paris)\n",
                "/api/users/" + ann.id()).doesNotContain("/rota/", "New for you");
    }

    @Test
    void a_changed_rota_mails_only_those_it_changes_with_what_changed() {
        assign("2027-W31", "MON 09:00-11:00", ann, bob);
        rota.publish("2027-W31");
        assign("2027-W31", "MON 09:00-11:00", bob, cy);
        rota.publish("2027-W31");
        assign("2027-W31", "MON 09:00-11:00", ann, bob); // and back again: a third publication, told again
        rota.publish("2027-W31");
        delivery.deliverDue();
        assertThat(mails("rota-2027-W31-p2-")).extracting(MailServer.Received::switchboardId).containsExactlyInAnyOrder(
                "rota-2027-W31-p2-user-" + ann.id(), "rota-2027-W31-p2-user-" + cy.id());
        MailServer.Received toAnn = only("rota-2027-W31-p2-user-" + ann.id());
        assertThat(toAnn.subject()).isEqualTo("Your phone turns for 2027-W31 have changed");
        assertThat(toAnn.text()).contains("You have no turns on the phone in 2027-W31 (2027-08-02 to 2027-08-08) any more", "No longer yours:\n  Mon 2 Aug 09:00-11:00");
        assertThat(only("rota-2027-W31-p2-user-" + cy.id()).text()).contains("New for you:\n  Mon 2 Aug 09:00-11:00 Mail desk");
        assertThat(mails("rota-2027-W31-p3-")).extracting(MailServer.Received::switchboardId).containsExactlyInAnyOrder(
                "rota-2027-W31-p3-user-" + ann.id(), "rota-2027-W31-p3-user-" + cy.id());
    }

    @Test
    void someone_without_an_email_is_not_mailed_and_nothing_fails() {
        Staff.Person dot = new Staff(server).user("Dot");
        rota.available(dot.id(), 1, 1, "[]", "MON 08:00-18:00");
        server.api("PUT", "/api/lines/" + desk + "/tiers", "{\"tiers\": [{\"userIds\": [" + ann.id() + ", " + dot.id() + "]}]}");
        assign("2027-W32", "MON 09:00-11:00", ann, dot);
        assertThat(rota.publish("2027-W32").get("status").asText()).isEqualTo("published");
        delivery.deliverDue();
        assertThat(mails("rota-2027-W32-")).extracting(MailServer.Received::switchboardId).containsExactly("rota-2027-W32-p1-user-" + ann.id());
    }

    @Test
    void a_swap_mails_the_colleague_when_offered_and_the_giver_when_answered() {
        assign("2027-W33", "TUE 09:00-11:00", ann);
        rota.publish("2027-W33");
        Http.Response offered = server.api("POST", "/api/rota/2027-W33/swaps", "{\"fromUserId\": " + ann.id() + ", \"toUserId\": "
                + bob.id() + ", \"turn\": {\"lineId\": " + desk + ", \"day\": \"TUE\", \"start\": \"09:00\", \"end\": \"11:00\"},"
                + " \"note\": \"school play\"}");
        long id = ResponseJson.of(offered).get("id").asLong();
        server.api("POST", "/api/rota/2027-W33/swaps/" + id + "/accept", null);
        delivery.deliverDue();
        MailServer.Received toBob = only("rota-swap-" + id + "-offered");
        assertThat(toBob.to()).startsWith("bob-");
        assertThat(toBob.subject()).isEqualTo("Ann offers you a phone turn: Mail desk TUE 2027-08-17 09:00-11:00");
        assertThat(toBob.text()).contains("\"school play\"", "/api/rota/2027-W33/swaps/" + id + "/accept");
        MailServer.Received toAnn = only("rota-swap-" + id + "-accepted");
        assertThat(toAnn.to()).startsWith("ann-");
        assertThat(toAnn.text()).contains("was accepted by Bob (user " + bob.id() + ")");
    }

    private void assign(String week, String turn, Staff.Person... people) {
        Http.Response r = rota.assign(week, desk, turn, people);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private List<MailServer.Received> mails(String idPrefix) {
        return smtp.received().stream().filter(m -> m.switchboardId() != null && m.switchboardId().startsWith(idPrefix))
                .map(RotaMailsTest::unix).toList();
    }

    private MailServer.Received only(String id) {
        List<MailServer.Received> mails = smtp.received().stream().filter(m -> id.equals(m.switchboardId())).map(RotaMailsTest::unix).toList();
        assertThat(mails).as(id).hasSize(1);
        return mails.get(0);
    }

    /** Mail travels with CRLF line ends. */
    private static MailServer.Received unix(MailServer.Received m) {
        return new MailServer.Received(m.to(), m.subject(), m.text().replace("\r\n", "\n"), m.switchboardId());
    }
}
