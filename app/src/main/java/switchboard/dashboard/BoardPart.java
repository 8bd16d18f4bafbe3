package switchboard.dashboard;

import gg.jte.Content;
import java.util.Set;
import switchboard.access.Principal;

/**
 * One part of the board (live calls, people; a feature adds its own, e.g. the queue per line). The board renders
 * each part in its own section; when a notification names one of its topics, its data is read once and every
 * open board gets its copy, rendered for its viewer, as the server-sent event named {@link #id()}.
 */
public interface BoardPart {
    /** The section's id and the SSE event's name: letters and dashes. */
    String id();

    /** The payloads on channel switchboard_board that change this part (the migrations' triggers send them). */
    Set<String> topics();

    /** What every viewer's copy is rendered from, read once per change. */
    Object load();

    /** This viewer's copy (buttons depend on who looks). */
    Content render(Object data, Principal viewer);
}
