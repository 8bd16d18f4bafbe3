package switchboard.reports;

import switchboard.json.Wire;

/** What a summary's rows are: periods in the line's time zone, lines, or users. */
public enum GroupBy implements Wire {
    HOUR, DAY, WEEK, LINE, USER
}
