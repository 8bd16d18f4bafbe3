package switchboard.reports;

import java.util.List;

/** Each row's calls as a bar (answered, then unanswered), in widths of {@link #WIDTH} scaled to the busiest row. */
public record ReportBars(List<Bar> bars) {
    public static final int WIDTH = 240;

    public record Bar(int answered, int unanswered) {}

    static ReportBars of(Summary summary) {
        long most = summary.rows().stream().mapToLong(r -> r.figures().offered()).max().orElse(0);
        return new ReportBars(summary.rows().stream().map(r -> bar(r.figures(), most)).toList());
    }

    private static Bar bar(Figures f, long most) {
        if (most == 0) return new Bar(0, 0);
        int answered = (int) Math.round((double) WIDTH * f.answered() / most);
        int all = (int) Math.round((double) WIDTH * f.offered() / most);
        return new Bar(answered, Math.max(0, all - answered));
    }

    public Bar of(int row) {
        return bars.get(row);
    }
}
