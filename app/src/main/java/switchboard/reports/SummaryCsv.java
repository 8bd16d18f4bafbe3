package switchboard.reports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import switchboard.web.Csv;

/** A summary as CSV: the JSON's row fields as columns, in the same order, then the total as a row keyed "total". */
final class SummaryCsv {
    private static final RecordComponent[] FIGURES = Figures.class.getRecordComponents();
    static final List<String> HEADER = header();

    private SummaryCsv() {}

    static void rows(Summary summary, Csv.Rows rows) {
        summary.rows().forEach(r -> rows.add(cells(r.key(), r.name(), r.figures())));
        rows.add(cells("total", null, summary.total()));
    }

    private static List<String> header() {
        List<String> names = new ArrayList<>(List.of("key", "name"));
        Arrays.stream(FIGURES).map(RecordComponent::getName).forEach(names::add);
        return List.copyOf(names);
    }

    private static List<Object> cells(String key, String name, Figures figures) {
        List<Object> cells = new ArrayList<>(Arrays.asList(key, name));
        for (RecordComponent c : FIGURES) {
            try {
                cells.add(c.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }
}
