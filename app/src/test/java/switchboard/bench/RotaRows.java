package switchboard.bench;

import java.util.Properties;

/** The rota solver's rows of the results table, from what RotaBench measured. */
final class RotaRows {
    private RotaRows() {}

    static void add(Results t, Properties rota) {
        long cap = ms(rota, "rota.cap.ms");
        t.add("rota: generated week", rota.getProperty("rota.week"), "solved " + rota.getProperty("rota.runs")
                + " times, " + rota.getProperty("rota.moves.per.seat") + " moves per seat, " + cap / 1000 + " s cap");
        t.check("rota: first solve, time to the final best", seconds(ms(rota, "rota.cold.best.ms")), "whole solve "
                + seconds(ms(rota, "rota.cold.spent.ms")) + " (" + seconds(ms(rota, "rota.cold.cpu.ms"))
                + " CPU), Timefold's set-up and a cold JIT included", "< cap",
                ms(rota, "rota.cold.best.ms") < cap);
        t.check("rota: warm solve, time to the final best", seconds(ms(rota, "rota.warm.best.ms")), "median; whole solve "
                + seconds(ms(rota, "rota.warm.spent.ms")) + " (" + seconds(ms(rota, "rota.warm.cpu.ms")) + " CPU)", "< cap", ms(rota, "rota.warm.best.ms") < cap);
        String cutShort = rota.getProperty("rota.cut.short") + " of " + rota.getProperty("rota.runs");
        t.check("rota: solves stopped by the time cap", cutShort,
                "a solve the cap stops may differ from run to run", "0", ms(rota, "rota.cut.short") == 0);
        t.check("rota: broken hard rules", rota.getProperty("rota.broken"), "score " + rota.getProperty("rota.score"), "0",
                ms(rota, "rota.broken") == 0);
        t.check("rota: uncovered seats", rota.getProperty("rota.unfilled"), "", "0", ms(rota, "rota.unfilled") == 0);
        t.check("rota: fairness, largest misfit", rota.getProperty("rota.largest") + " turn(s)", "sum of squared misfits "
                + rota.getProperty("rota.squared"), "<= 1", ms(rota, "rota.largest") <= 1);
        t.check("rota: the same proposal every run", rota.getProperty("rota.identical"), "", "true",
                Boolean.parseBoolean(rota.getProperty("rota.identical")));
    }

    /** The solver is broken, not slow: a hard rule broken, or different proposals from solves the cap did not stop. */
    static boolean broken(Properties rota) {
        boolean differ = !Boolean.parseBoolean(rota.getProperty("rota.identical")) && ms(rota, "rota.cut.short") == 0;
        return ms(rota, "rota.broken") > 0 || differ;
    }

    private static long ms(Properties p, String key) {
        return Long.parseLong(p.getProperty(key));
    }

    private static String seconds(long ms) {
        return String.format("%.2f s", ms / 1000.0);
    }
}
