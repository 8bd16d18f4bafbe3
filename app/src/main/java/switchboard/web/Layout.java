package switchboard.web;

import java.util.List;
import switchboard.access.Principal;

/** What every page's frame shows: the title, the nav (the active entry marked), who is signed in, the CSRF token. */
public record Layout(String title, String active, Principal viewer, String csrf, List<Nav.Entry> nav) {
    public String htmx() {
        return Assets.HTMX;
    }

    public String htmxSse() {
        return Assets.HTMX_SSE;
    }

    public String css() {
        return Assets.CSS;
    }

    public String script() {
        return Assets.SCRIPT;
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean admin() {
        return viewer != null && viewer.isAdmin();
    }
}
