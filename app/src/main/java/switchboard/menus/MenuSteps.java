package switchboard.menus;

import java.util.Optional;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallSteps;
import switchboard.calls.Daos;
import switchboard.calls.EntryType;
import switchboard.calls.LineOpening;
import switchboard.calls.Step;
import switchboard.calls.Timeline;
import switchboard.directory.Line;
import switchboard.plivo.xml.CallXml;

/**
 * A line with a menu opens with it: the prompt as a numbered step, like every other, and the menu's state beside it.
 * A call passes at most {@link #MAX_MENUS} menus; after that a line's menu is skipped and its tiers ring.
 */
public final class MenuSteps implements LineOpening {
    static final int MAX_MENUS = 5;

    private final CallXml xml;

    public MenuSteps(CallXml xml) {
        this.xml = xml;
    }

    @Override
    public Optional<String> open(Daos db, Timeline timeline, CallRow call, int step, Line line) {
        if (!line.hasMenu()) return Optional.empty();
        MenuDao menus = db.dao(MenuDao.class);
        Optional<Menu> menu = Menus.load(menus, line.id());
        if (menu.isEmpty()) return Optional.empty();
        int visits = menus.visits(call.id());
        if (visits >= MAX_MENUS) {
            timeline.add(EntryType.MENU_SKIPPED, "menu-skipped:" + step, "step", step, "lineId", line.id(), "line", line.name(),
                    "reason", "menu-limit", "limit", MAX_MENUS);
            return Optional.empty();
        }
        return Optional.of(offer(db, timeline, call, step, line, menu.get(), new MenuDao.StepState(line.id(), visits + 1, 0, 1),
                "first"));
    }

    /** Stores step {@code step}: the menu's prompt, and where the caller stands in it. */
    String offer(Daos db, Timeline timeline, CallRow call, int step, Line line, Menu menu, MenuDao.StepState state,
                 String why) {
        timeline.add(EntryType.MENU_OFFERED, "menu-offered:" + step, "step", step, "lineId", line.id(), "line", line.name(),
                "visit", state.visit(), "prompt", state.prompts(), "reason", why);
        String document = CallSteps.store(timeline,
                Step.menu(step, xml.menu(step, menu.prompt(), menu.promptUrl(), menu.timeoutSeconds())));
        db.dao(MenuDao.class).addStep(call.id(), step, line.id(), state.visit(), state.failures(), state.prompts());
        return document;
    }
}
