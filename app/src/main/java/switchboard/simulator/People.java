package switchboard.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The directory's users and their apps, to name who rings ("Peter (2 apps)") and find a user's SIP URIs. */
final class People {
    record App(String label, String sipUri) {}

    record Person(String name, List<App> apps) {}

    static final People UNKNOWN = new People(List.of());

    private final List<Person> people;

    People(List<Person> people) {
        this.people = List.copyOf(people);
    }

    Optional<Person> named(String name) {
        return people.stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    List<String> names() {
        return people.stream().map(Person::name).toList();
    }

    /** Who owns this SIP URI, matched tolerantly. */
    Optional<Person> owner(String sipUri) {
        String key = address(sipUri);
        return people.stream().filter(p -> p.apps().stream().anyMatch(a -> address(a.sipUri()).equals(key))).findFirst();
    }

    /** "Luke (luke-mobile), Peter (2 apps), sip:stranger@example.com": a Dial's targets grouped by their user. */
    String describe(List<Verb.Target> targets) {
        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        List<String> strangers = new ArrayList<>();
        for (Verb.Target t : targets) {
            Optional<Person> p = t.user() ? owner(t.address()) : Optional.empty();
            if (p.isPresent()) byPerson.computeIfAbsent(p.get().name(), k -> new ArrayList<>()).add(t.address());
            else strangers.add(t.address());
        }
        List<String> parts = new ArrayList<>();
        byPerson.forEach((name, uris) -> parts.add(name + " (" + (uris.size() == 1 ? userPart(uris.get(0)) : uris.size() + " apps") + ")"));
        parts.addAll(strangers);
        return String.join(", ", parts);
    }

    /** "Luke (luke-mobile)", or the bare address for an app nobody in the directory owns (or a number). */
    String who(String address) {
        return owner(address).map(p -> p.name() + " (" + userPart(address) + ")").orElse(address);
    }

    /** A SIP URI or number as the simulator compares them: no scheme, no display name, no parameters, lower case. */
    static String address(String uri) {
        String s = uri.trim();
        int lt = s.indexOf('<');
        if (lt >= 0 && s.indexOf('>', lt) > lt) s = s.substring(lt + 1, s.indexOf('>', lt));
        s = s.replaceFirst("(?i)^sips?:", "");
        int semicolon = s.indexOf(';');
        if (semicolon >= 0) s = s.substring(0, semicolon);
        return s.toLowerCase(Locale.ROOT);
    }

    static String userPart(String sipUri) {
        String a = address(sipUri);
        int at = a.indexOf('@');
        return at < 0 ? a : a.substring(0, at);
    }
}
