package switchboard.access;

/** Who is acting: an admin key, or a user key bound to one user. */
public record Principal(String name, String role, Long userId) {
    public static final String ADMIN = "admin";
    public static final String USER = "user";

    public boolean isAdmin() {
        return role.equals(ADMIN);
    }
}
