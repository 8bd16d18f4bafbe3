package switchboard.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointCredentialsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "sip:jane-mobile@phone.plivo.com, janemobile",
        "SIP:Main_Office@phone.plivo.com, mainoffice",
        "sip:sales260331103010@phone.plivo.com, sales",
        "sip:2nd-floor@phone.plivo.com, line72ndfloor",
        "sip:-@phone.plivo.com, line7",
        "sip:a-very-long-name-for-a-line-indeed@phone.plivo.com, averylongnameforalin"})
    void the_username_asked_for_is_the_sip_uris_user_part_in_letters_and_digits(String sipUri, String username) {
        assertThat(EndpointCredentials.username(new ProvisioningDao.Row("line", 7, "x", sipUri, null))).isEqualTo(username);
    }

    @Test
    void passwords_are_long_mixed_and_never_repeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = EndpointCredentials.password(random);
            assertThat(p).hasSize(20).matches(".*\\d.*").matches(".*[a-z].*").matches(".*[A-Z].*").matches("[A-Za-z0-9]+");
            assertThat(seen.add(p)).isTrue();
        }
    }
}
