package switchboard.menus;

import java.util.Optional;

/** What a key (or silence) does in a menu. Pure. */
final class MenuChoice {
    /** However a caller keeps pressing * or wrong keys, one visit plays the prompt at most this often. */
    static final int MAX_PROMPTS = 10;

    private MenuChoice() {}

    sealed interface Outcome permits Again, Go {}

    /** Play the menu again: why ("timeout", "invalid", "repeat"), with the visit's counts after this input. */
    record Again(String why, int failures, int prompts) implements Outcome {}

    /** Leave the menu for target: by the key's option, or by default (too many timeouts or invalid keys). */
    record Go(Menu.Target target, boolean byDefault) implements Outcome {}

    /** key: the key pressed ("#" when input ended empty), null when the caller pressed nothing before the timeout. */
    static Outcome decide(Menu menu, int failures, int prompts, String key) {
        Optional<Menu.Option> option = key == null ? Optional.empty() : menu.option(key);
        if (option.isPresent()) return new Go(option.get().target(), false);
        boolean repeat = "*".equals(key);
        int after = repeat ? failures : failures + 1;
        if (after > menu.retries() || prompts >= MAX_PROMPTS) return new Go(menu.defaultTarget(), true);
        return new Again(key == null ? "timeout" : repeat ? "repeat" : "invalid", after, prompts + 1);
    }
}
