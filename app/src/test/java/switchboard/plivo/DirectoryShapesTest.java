package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.TestDirectory;
import switchboard.testing.Xpath;

/** Everything is data: new lines, users and apps route without code changes, whatever their shape. */
class DirectoryShapesTest extends ServerTest {
    TestDirectory dir;

    @BeforeAll
    void setUp() {
        dir = server.directory();
    }

    @Test
    void tier_whose_users_have_no_apps_is_skipped_and_the_skip_is_logged() {
        long appless = dir.user("Appless");
        long anna = dir.user("Anna");
        dir.app(anna, "sip:anna-phone@phone.plivo.com");
        long line = dir.line("Skips", "sip:skips@phone.plivo.com");
        dir.tier(line, 1, 15, appless);
        dir.tier(line, 2, 25, anna);
        PlivoCall call = server.newCall("sip:skips@phone.plivo.com");
        Xpath xml = call.answer().xml();
        assertThat(xml.strings("/Response/Dial/User")).containsExactly("sip:anna-phone@phone.plivo.com");
        assertThat(xml.string("/Response/Dial/@timeout")).isEqualTo("25");
        assertThat(call.record().body()).contains("\"type\":\"tier-skipped\"").contains("no-apps");
    }

    @Test
    void line_with_no_tiers_goes_straight_to_voicemail() {
        dir.line("Empty", "sip:empty-line@phone.plivo.com");
        Xpath xml = server.newCall("sip:empty-line@phone.plivo.com").answer().xml();
        assertThat(xml.count("/Response/Dial")).isZero();
        assertThat(xml.count("/Response/Record")).isEqualTo(1);
        assertThat(xml.string("/Response/Speak")).contains("Empty");
    }

    @Test
    void line_voicemail_prompt_is_spoken_before_the_beep() {
        long line = dir.line("Prompted", "sip:prompted@phone.plivo.com");
        dir.voicemailPrompt(line, "Leave us a note & we'll call back");
        Xpath xml = server.newCall("sip:prompted@phone.plivo.com").answer().xml();
        assertThat(xml.string("/Response/Speak")).isEqualTo("Leave us a note & we'll call back");
    }

    @Test
    void tier_member_order_is_kept_and_every_app_of_a_user_rings() {
        long a = dir.user("Ann");
        long b = dir.user("Ben");
        dir.app(b, "sip:ben-1@phone.plivo.com");
        dir.app(a, "sip:ann-1@phone.plivo.com");
        dir.app(a, "sip:ann-2@phone.plivo.com");
        long line = dir.line("Ordered", "sip:ordered@phone.plivo.com");
        dir.tier(line, 1, 20, b, a);
        Xpath xml = server.newCall("sip:ordered@phone.plivo.com").answer().xml();
        assertThat(xml.strings("/Response/Dial/User"))
                .containsExactly("sip:ben-1@phone.plivo.com", "sip:ann-1@phone.plivo.com", "sip:ann-2@phone.plivo.com");
    }

    @Test
    void a_new_line_is_routed_on_the_very_next_call_without_restart() {
        long cara = dir.user("Cara");
        dir.app(cara, "sip:cara@phone.plivo.com");
        long line = dir.line("Brand New", "sip:brand-new@phone.plivo.com");
        dir.tier(line, 1, 30, cara);
        assertThat(server.newCall("sip:brand-new@phone.plivo.com").answer().xml().strings("/Response/Dial/User"))
                .containsExactly("sip:cara@phone.plivo.com");
    }
}
