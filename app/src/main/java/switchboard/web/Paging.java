package switchboard.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.ToLongFunction;

/** ?cursor= and ?limit= for directory lists, in a stable order (ascending id). */
public record Paging(long afterId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static Paging of(Context ctx) {
        Long after = Cursor.decode(ctx.queryParam("cursor"));
        return new Paging(after == null ? 0 : after, QueryParams.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT));
    }

    /** The rows were fetched with limit + 1: the extra one says whether there is a next page. */
    public <T> Page<T> page(List<T> rows, ToLongFunction<T> id) {
        List<T> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? Cursor.encode(id.applyAsLong(items.get(items.size() - 1))) : null;
        return new Page<>(List.copyOf(items), next);
    }

    public int fetch() {
        return limit + 1;
    }
}
