package switchboard.accounts;

import switchboard.access.Principal;

/** A signed-in browser: its id, the cookie's token (as the request presented it) and who it is. */
public record Session(long id, String token, long userId, String name, String email, String role) {

    /** Who acts, for access.Rules and the services: the same as a user's API key, or an admin's. */
    public Principal principal() {
        return new Principal(name, role, userId);
    }

    /** The CSRF token of this session: derived from its secret token, so nothing more is stored or can drift. */
    public String csrfToken() {
        return Tokens.sha256("csrf:" + token);
    }
}
