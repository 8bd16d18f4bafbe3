package switchboard.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import switchboard.access.Permission;
import switchboard.access.Principal;
import switchboard.access.Rules;

/** The dashboard's navigation: each feature adds its entries (in Routes); a viewer sees those Rules let them open. */
public final class Nav {
    public record Entry(String label, String path, Permission needs) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public Nav add(String label, String path, Permission needs) {
        entries.add(new Entry(label, path, needs));
        return this;
    }

    public List<Entry> visibleTo(Principal viewer) {
        return entries.stream().filter(e -> Rules.sees(viewer, e.needs())).toList();
    }
}
