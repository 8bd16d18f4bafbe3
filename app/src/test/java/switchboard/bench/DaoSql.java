package switchboard.bench;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * A statement read from a Jdbi DAO's annotation, so the database ceiling runs exactly the SQL the server
 * runs; its :names become JDBC's ? and a {@code <list>} becomes as many ? as it has values.
 */
final class DaoSql {
    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z](?:[\\w.]*\\w)?)|<(\\w+)>"); // :name, :record.field, <list>

    private final String sql;

    private DaoSql(String sql) {
        this.sql = sql;
    }

    static DaoSql of(Class<?> dao, String method) {
        for (Method m : dao.getMethods()) {
            if (!m.getName().equals(method)) continue;
            if (m.isAnnotationPresent(SqlQuery.class)) return new DaoSql(m.getAnnotation(SqlQuery.class).value());
            if (m.isAnnotationPresent(SqlUpdate.class)) return new DaoSql(m.getAnnotation(SqlUpdate.class).value());
            if (m.isAnnotationPresent(SqlBatch.class)) return new DaoSql(m.getAnnotation(SqlBatch.class).value());
        }
        throw new IllegalArgumentException(dao.getSimpleName() + "." + method + " has no SQL annotation");
    }

    /** The same statement under EXPLAIN: how PostgreSQL would run it. */
    DaoSql explained() {
        return new DaoSql("explain " + sql);
    }

    /** Prepares the statement with these values by name; a List value fills a {@code <name>} list. */
    PreparedStatement prepare(Connection c, Map<String, ?> values) throws SQLException {
        List<Object> args = new ArrayList<>();
        PreparedStatement s = c.prepareStatement(jdbc(values, args));
        bind(s, args);
        return s;
    }

    /** Prepares one batch of rows of the same shape, sent in one round trip as Jdbi's @SqlBatch does. */
    PreparedStatement prepareBatch(Connection c, List<Map<String, ?>> rows) throws SQLException {
        PreparedStatement s = c.prepareStatement(jdbc(rows.get(0), new ArrayList<>()));
        for (Map<String, ?> row : rows) {
            List<Object> args = new ArrayList<>();
            jdbc(row, args);
            bind(s, args);
            s.addBatch();
        }
        return s;
    }

    private String jdbc(Map<String, ?> values, List<Object> args) {
        StringBuilder jdbc = new StringBuilder();
        Matcher m = NAME.matcher(sql);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!values.containsKey(name)) throw new IllegalArgumentException("no value for " + name + " in " + sql);
            Object value = values.get(name);
            if (m.group(2) != null) {
                List<?> list = (List<?>) value;
                m.appendReplacement(jdbc, String.join(", ", Collections.nCopies(list.size(), "?")));
                args.addAll(list);
            } else {
                m.appendReplacement(jdbc, "?");
                args.add(value);
            }
        }
        return m.appendTail(jdbc).toString();
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) s.setObject(i + 1, args.get(i));
    }
}
