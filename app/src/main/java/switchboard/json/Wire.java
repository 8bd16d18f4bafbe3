package switchboard.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An enum constant as JSON and the database spell it: IN_PROGRESS is "in-progress". */
public interface Wire {
    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default boolean is(String stored) {
        return wire().equals(stored);
    }

    static <E extends Enum<E> & Wire> Set<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::wire).collect(Collectors.toUnmodifiableSet());
    }

    static <E extends Enum<E> & Wire> Optional<E> of(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(wire)).findFirst();
    }

    /** For "must be one of ..." messages: the spellings, sorted. */
    static <E extends Enum<E> & Wire> String listed(Class<E> type) {
        return String.join(", ", names(type).stream().sorted().toList());
    }
}
