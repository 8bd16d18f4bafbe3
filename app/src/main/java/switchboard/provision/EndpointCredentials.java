package switchboard.provision;

import java.security.SecureRandom;
import java.util.Locale;

/** The username we ask Plivo for (it appends digits) and a fresh password, shown once and never stored. */
final class EndpointCredentials {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; // no look-alikes
    private static final int PASSWORD_LENGTH = 20;
    private static final int USERNAME_MAX = 20;

    private EndpointCredentials() {}

    /** "sip:Jane-Mobile@phone.plivo.com" -> "janemobile"; digits Plivo appended before are dropped. */
    static String username(ProvisioningDao.Row row) {
        String uri = row.sipUri() == null ? "" : row.sipUri();
        String user = uri.replaceFirst("(?i)^sips?:", "").replaceFirst("@.*$", "");
        String name = user.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replaceFirst("(?<=.)\\d{12}$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) name = row.kind() + row.id() + name;
        return name.length() <= USERNAME_MAX ? name : name.substring(0, USERNAME_MAX);
    }

    static String password(SecureRandom random) {
        while (true) {
            StringBuilder p = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String s = p.toString();
            if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isUpperCase)
                    && s.chars().anyMatch(Character::isLowerCase)) {
                return s;
            }
        }
    }
}
