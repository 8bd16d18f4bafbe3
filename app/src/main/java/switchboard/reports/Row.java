package switchboard.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jdbi.v3.core.mapper.Nested;

/** One row of a summary: its key (a period in the line's time zone, a line id or a user id), a name for ids, its figures. */
public record Row(String key, String name, @Nested @JsonUnwrapped Figures figures) {
}
