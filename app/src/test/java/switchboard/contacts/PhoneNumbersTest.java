package switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One key per number, whichever way it is written: E.164, national (DEFAULT_REGION), Plivo's From, SIP URIs. */
class PhoneNumbersTest {
    private final PhoneNumbers france = new PhoneNumbers(Optional.of("FR"));
    private final PhoneNumbers nowhere = new PhoneNumbers(Optional.empty());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+33 1 23 45 67 89|+33123456789", "+33123456789|+33123456789", "01 23 45 67 89|+33123456789",
            "0123456789|+33123456789", "01.23.45.67.89|+33123456789", "+44 20 7946 0958|+442079460958",
            "sip:+33123456789@phone.plivo.com|+33123456789", "SIP:0123456789@Phone.Plivo.com;transport=udp|+33123456789",
            "sip:33123456789@phone.plivo.com|+33123456789", "sip:Alice@Phone.Plivo.com|sip:alice@phone.plivo.com"})
    void a_contacts_number_is_kept_as_one_key(String given, String key) {
        assertThat(france.parse(given).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+33123456789|+33123456789", "33123456789|+33123456789", "0123456789|+33123456789",
            "sip:+33123456789@phone.plivo.com|+33123456789", "\"Alice\" <sip:alice@phone.plivo.com>|sip:alice@phone.plivo.com"})
    void a_caller_is_looked_up_by_the_same_key(String from, String key) {
        assertThat(france.callerKey(from)).isEqualTo(key);
    }

    @Test
    void without_a_region_national_numbers_need_their_country_code() {
        assertThat(nowhere.parse("01 23 45 67 89").problem()).contains("country code", "DEFAULT_REGION");
        assertThat(nowhere.parse("+33 1 23 45 67 89").key()).isEqualTo("+33123456789");
        assertThat(nowhere.callerKey("33123456789")).as("Plivo's From without +").isEqualTo("+33123456789");
        assertThat(france.parse("+33 1 23").problem()).contains("not a valid phone number");
        assertThat(france.parse("hello").problem()).contains("not a phone number");
        assertThat(france.callerKey("")).isNull();
        assertThat(france.callerKey("anonymous")).as("a hidden number is nobody in particular").isNull();
        assertThat(france.callerKey("sip:anonymous@anonymous.invalid")).isNull();
        assertThat(france.callerKey("sip:Restricted@phone.plivo.com")).isNull();
    }
}
