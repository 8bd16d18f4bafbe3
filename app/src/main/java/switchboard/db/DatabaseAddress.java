package switchboard.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import switchboard.config.CannotStart;

/** Where a database is and who logs in to it. */
record DatabaseAddress(String jdbcUrl, String user, String password) {

    /** One connection, made at once, so a wrong address or password is one line now rather than a failed request later. */
    void reach(String setting) {
        Properties props = new Properties();
        if (user != null) props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        try (Connection c = new Driver().connect(jdbcUrl, props)) {
            if (c == null) throw CannotStart.setting(setting + ": not a PostgreSQL URL");
        } catch (SQLException e) {
            throw DatabaseErrors.connecting(setting, jdbcUrl, user, e);
        }
    }

    /** "database app at db.example.com:5432 as user u": never the password. */
    String description() {
        Properties url = Driver.parseURL(jdbcUrl, null);
        if (url == null) return "the database";
        String who = user != null ? user : url.getProperty("user");
        return "database " + url.getProperty("PGDBNAME") + " at " + url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT")
                + (who == null ? "" : " as user " + who);
    }
}
