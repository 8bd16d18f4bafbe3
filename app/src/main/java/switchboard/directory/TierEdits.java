package switchboard.directory;

import java.util.ArrayList;
import java.util.List;
import switchboard.routing.Strategy;

/** The tier editor's buttons, applied to the draft: nothing is stored until Save. */
final class TierEdits {
    private TierEdits() {}

    /** form: the editor's field of a name (the user chosen to add to tier T is field "tT.add"). */
    static List<LinesPage.DraftTier> apply(List<LinesPage.DraftTier> draft, String op, java.util.function.UnaryOperator<String> form) {
        List<LinesPage.DraftTier> tiers = new ArrayList<>(draft);
        String[] p = op.split(":");
        int t = p.length > 1 && p[1].matches("\\d{1,3}") ? Integer.parseInt(p[1]) : -1;
        int u = p.length > 2 && p[2].matches("\\d{1,3}") ? Integer.parseInt(p[2]) : -1;
        boolean tierOk = t >= 0 && t < tiers.size();
        switch (p[0]) {
            case "add-tier" -> tiers.add(new LinesPage.DraftTier(Strategy.RING_ALL, "", List.of()));
            case "remove-tier" -> { if (tierOk) tiers.remove(t); }
            case "tier-up" -> { if (tierOk && t > 0) tiers.add(t - 1, tiers.remove(t)); }
            case "add-user" -> {
                String add = form.apply("t" + t + ".add");
                if (tierOk && add != null && add.matches("\\d{1,18}")) {
                    List<Long> users = new ArrayList<>(tiers.get(t).userIds());
                    if (!users.contains(Long.parseLong(add))) users.add(Long.parseLong(add));
                    tiers.set(t, with(tiers.get(t), users));
                }
            }
            case "up", "down", "remove" -> {
                if (!tierOk || u < 0 || u >= tiers.get(t).userIds().size()) break;
                List<Long> users = new ArrayList<>(tiers.get(t).userIds());
                Long user = users.remove(u);
                if (p[0].equals("up")) users.add(Math.max(0, u - 1), user);
                if (p[0].equals("down")) users.add(Math.min(users.size(), u + 1), user);
                tiers.set(t, with(tiers.get(t), users));
            }
            default -> { }
        }
        return tiers;
    }

    private static LinesPage.DraftTier with(LinesPage.DraftTier tier, List<Long> users) {
        return new LinesPage.DraftTier(tier.strategy(), tier.ring(), List.copyOf(users));
    }
}
