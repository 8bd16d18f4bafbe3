package switchboard.menus;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallDao.CallRow;
import switchboard.calls.CallFacts;
import switchboard.calls.CallObserver;
import switchboard.calls.CallSteps;
import switchboard.calls.Daos;
import switchboard.calls.EntryType;
import switchboard.calls.Incoming;
import switchboard.calls.Step;
import switchboard.calls.Timeline;
import switchboard.db.SharedDaos;
import switchboard.directory.Line;

/**
 * The caller's answer to a menu step: a key, or silence until the timeout. One transaction on the locked call, like
 * every webhook; the next step is stored, and a repeated webhook gets it back. A chosen line is entered as if it had
 * been dialled (its hours, its own menu, its tiers); the call keeps its dialled line for the log.
 */
public final class MenuChoices {
    private final Jdbi jdbi;
    private final CallSteps steps;
    private final MenuSteps menus;
    private final CallObserver observer;

    public MenuChoices(Jdbi jdbi, CallSteps steps, MenuSteps menus, CallObserver observer) {
        this.jdbi = jdbi;
        this.steps = steps;
        this.menus = menus;
        this.observer = observer;
    }

    /** {@code key}: what the caller pressed; null when input ended without a key (they pressed #). */
    public String pressed(Incoming.Call in, int step, String key) {
        return answer(in, step, key == null ? "#" : key);
    }

    /** Nothing pressed before the timeout: Plivo went on to the Redirect after the GetDigits. */
    public String timedOut(Incoming.Call in, int step) {
        return answer(in, step, null);
    }

    private String answer(Incoming.Call in, int step, String key) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            CallRow call = new CallFacts(db).lockOrCreate(in.callUuid(), in.from(), in.to(), null);
            int next = step + 1;
            List<Step> known = db.calls().steps(call.id(), next, next);
            if (!known.isEmpty()) return known.get(0).xml(); // a retried webhook
            MenuDao dao = SharedDaos.of(h, MenuDao.class);
            Timeline timeline = db.timeline(call.id(), observer);
            Optional<MenuDao.StepState> state = dao.stepState(call.id(), step);
            Optional<Line> line = state.flatMap(s -> db.directory().lineById(s.lineId()));
            Optional<Menu> menu = line.flatMap(l -> Menus.load(dao, l.id()));
            if (line.isEmpty() || menu.isEmpty()) { // a menu we never played, or one removed since: the line's tiers
                Optional<Line> fallback = line.or(() -> Optional.ofNullable(call.routingLineId()).flatMap(db.directory()::lineById));
                if (fallback.isEmpty()) return steps.next(db, timeline, call, next, Optional.empty(), Optional.empty());
                timeline.add(EntryType.MENU_SKIPPED, "menu-skipped:" + next, "step", next, "lineId", fallback.get().id(),
                        "reason", "no-menu");
                return steps.ringTiers(db, timeline, db.calls().route(call.id(), fallback.get().id()), next, fallback.get());
            }
            MenuDao.StepState at = state.get();
            MenuChoice.Outcome outcome = MenuChoice.decide(menu.get(), at.failures(), at.prompts(), key);
            record(timeline, step, line.get(), menu.get(), at, key, outcome);
            if (outcome instanceof MenuChoice.Again again) {
                var state2 = new MenuDao.StepState(at.lineId(), at.visit(), again.failures(), again.prompts());
                return menus.offer(db, timeline, call, next, line.get(), menu.get(), state2, again.why());
            }
            return go(db, timeline, call, next, line.get(), ((MenuChoice.Go) outcome).target());
        });
    }

    private static void record(Timeline timeline, int step, Line line, Menu menu, MenuDao.StepState at, String key,
                               MenuChoice.Outcome outcome) {
        String then = outcome instanceof MenuChoice.Again ? "again" : "default";
        Menu.Target target = outcome instanceof MenuChoice.Go go ? go.target() : null;
        if (outcome instanceof MenuChoice.Go go && !go.byDefault()) {
            timeline.add(EntryType.MENU_CHOSEN, "menu-chosen:" + step, "step", step, "lineId", line.id(), "key", key,
                    "target", target.kind(), "targetLineId", target.lineId());
        } else if (key == null) {
            timeline.add(EntryType.MENU_TIMEOUT, "menu-timeout:" + step, "step", step, "lineId", line.id(),
                    "failures", at.failures() + 1, "retries", menu.retries(), "then", then,
                    "target", target == null ? null : target.kind(), "targetLineId", target == null ? null : target.lineId());
        } else if (!"*".equals(key) || target != null) {
            timeline.add(EntryType.MENU_INVALID, "menu-invalid:" + step, "step", step, "lineId", line.id(), "key", key,
                    "failures", "*".equals(key) ? at.failures() : at.failures() + 1, "retries", menu.retries(), "then", then,
                    "target", target == null ? null : target.kind(), "targetLineId", target == null ? null : target.lineId());
        }
    }

    /** Out of the menu: the call now follows the target's line (this one for its tiers and voicemail). */
    private String go(Daos db, Timeline timeline, CallRow call, int step, Line menuLine, Menu.Target target) {
        if (target.isLine()) {
            Optional<Line> chosen = db.directory().lineById(target.lineId());
            if (chosen.isPresent()) return steps.enter(db, timeline, db.calls().route(call.id(), chosen.get().id()), step, chosen.get());
            timeline.add(EntryType.MENU_SKIPPED, "menu-skipped:" + step, "step", step, "lineId", target.lineId(),
                    "reason", "line-deleted");
        }
        CallRow routed = db.calls().route(call.id(), menuLine.id());
        if (Menu.Target.VOICEMAIL.equals(target.kind())) return steps.voicemail(db, timeline, routed, step, menuLine, "menu");
        return steps.ringTiers(db, timeline, routed, step, menuLine);
    }
}
