package switchboard.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.testing.TestPostgres;

/** Every index costs every write to its table: the migrated schema keeps none another index already serves. */
class SchemaIndexesTest {
    /** A plain btree index whose key columns, in the same order and direction, lead another one with the same predicate. */
    private static final String REDUNDANT = """
            select a.indexrelid::regclass::text || ' leads ' || b.indexrelid::regclass::text
            from pg_index a
            join pg_class ca on ca.oid = a.indexrelid
            join pg_namespace n on n.oid = ca.relnamespace and n.nspname = 'public'
            join pg_am am on am.oid = ca.relam and am.amname = 'btree'
            join pg_index b on b.indrelid = a.indrelid and b.indexrelid <> a.indexrelid
            join pg_class cb on cb.oid = b.indexrelid and cb.relam = ca.relam
            where not a.indisunique and a.indnatts = a.indnkeyatts
              and a.indexprs is null and b.indexprs is null
              and coalesce(pg_get_expr(a.indpred, a.indrelid), '') = coalesce(pg_get_expr(b.indpred, b.indrelid), '')
              and a.indnkeyatts <= b.indnkeyatts
              and (b.indkey::int2[])[0 : a.indnkeyatts - 1] = (a.indkey::int2[])[0 : a.indnkeyatts - 1]
              and (b.indoption::int2[])[0 : a.indnkeyatts - 1] = (a.indoption::int2[])[0 : a.indnkeyatts - 1]
            order by 1""";

    @Test
    void no_index_is_the_leading_part_of_another() {
        try (Database database = TestPostgres.freshDatabase()) {
            assertThat(redundant(database)).isEmpty();
        }
    }

    @Test
    void an_index_another_one_serves_is_found() {
        try (Database database = TestPostgres.freshDatabase()) {
            database.jdbi().useHandle(h -> h.execute("create index offers_by_call on offers (call_id, step)"));
            assertThat(redundant(database)).containsExactly("offers_by_call leads offers_call_id_step_user_id_key");
        }
    }

    private static List<String> redundant(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(REDUNDANT).mapTo(String.class).list());
    }
}
