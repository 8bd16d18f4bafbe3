package switchboard.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every CSV export (RFC 4180, CRLF lines), streamed as it is read. Text that a spreadsheet would run as a formula
 * (a cell starting with =, +, -, @, tab or CR: a caller's From is anyone's to choose) gets a leading ' so it is
 * shown as text, as OWASP advises; a cell holding a separator (also ';' and tab, for spreadsheets set to them), a
 * quote or a line break is quoted. Numbers and times are written as they are.
 */
public final class Csv {
    private Csv() {}

    /** The rows an export adds, one list of cells each. */
    public interface Rows {
        void add(List<?> cells);
    }

    /** The header line, then every row {@code rows} adds, as a download named {@code filename}. */
    public static void send(Context ctx, String filename, List<String> header, Consumer<Rows> rows) {
        ctx.contentType("text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            out.write(line(header));
            rows.accept(cells -> {
                try {
                    out.write(line(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) return "";
        String s = value.toString();
        if (value instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        boolean quote = s.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r' || c == '\t');
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
