package switchboard.calls;

import gg.jte.Content;
import java.util.Optional;
import switchboard.access.Principal;

/** A part another feature adds to a call's page (follow-ups: the call's callback), rendered for the viewer. */
public interface CallSection {
    Optional<Content> render(CallView call, Principal viewer);
}
