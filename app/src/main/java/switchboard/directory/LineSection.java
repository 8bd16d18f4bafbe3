package switchboard.directory;

import gg.jte.Content;
import java.util.Optional;

/** A part another feature adds to a line's page in the directory (menus: the line's menu). */
public interface LineSection {
    Optional<Content> render(Line line);
}
