package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, and formulas written as text the OWASP way. */
class CsvTest {

    @Test
    void text_starting_with_a_formula_character_gets_a_leading_quote() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted() {
        assertThat(Csv.cell("Doe, John")).isEqualTo("\"Doe, John\"");
        assertThat(Csv.cell("a;=1+1")).as("a spreadsheet set to ';' would split it").isEqualTo("\"a;=1+1\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void numbers_times_and_plain_text_are_written_as_they_are() {
        assertThat(Csv.line(Arrays.asList(7L, -3, null, Instant.parse("2026-11-22T09:00:00Z"), "sip:a@b", "")))
                .isEqualTo("7,-3,,2026-11-22T09:00:00Z,sip:a@b,\r\n");
    }
}
