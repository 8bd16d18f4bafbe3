package switchboard.menus;

import java.util.Map;
import java.util.Optional;
import switchboard.directory.Directory;
import switchboard.directory.LineSection;
import switchboard.errors.NotFound;
import switchboard.web.Views;

/** The line's menu on its directory page, read-only (it is changed through PUT /api/lines/{id}/menu). */
public final class MenusPage {
    private final Menus menus;
    private final Directory directory;

    /** The menu (null: none) and the names of the lines it leads to. */
    public record Shown(long lineId, Menu menu, Map<Long, String> lineNames) {}

    public MenusPage(Menus menus, Directory directory) {
        this.menus = menus;
        this.directory = directory;
    }

    public LineSection section() {
        return line -> {
            Menu menu;
            try {
                menu = menus.get(line.id());
            } catch (NotFound none) {
                menu = null;
            }
            return Optional.of(Views.content("directory/menu.jte", Map.of("shown", new Shown(line.id(), menu, directory.lineNames()))));
        };
    }
}
