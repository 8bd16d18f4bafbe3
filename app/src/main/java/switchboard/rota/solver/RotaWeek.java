package switchboard.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One ISO-8601 week, written {@code 2026-W50}: Monday to Sunday, week 1 being the week with the year's first Thursday. */
public record RotaWeek(int year, int week) implements Comparable<RotaWeek> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public RotaWeek {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("week year must have four digits, got " + year);
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week must be 1 to " + weeks + " in " + year + ", got " + week);
        }
    }

    /** Parses {@code 2026-W50}; anything else is refused with a message saying what was expected. */
    public static RotaWeek parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("week must look like 2026-W50 (ISO year, -W, two-digit week), got "
                    + (text == null ? "nothing" : "'" + text + "'"));
        }
        return new RotaWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The ISO week a date falls in (early January or late December may belong to the neighbouring year). */
    public static RotaWeek of(LocalDate date) {
        return new RotaWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate date(DayOfWeek day) {
        return monday().plusDays(day.getValue() - 1L);
    }

    /** Monday to Sunday. */
    public List<LocalDate> dates() {
        return monday().datesUntil(monday().plusDays(7)).toList();
    }

    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    public RotaWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public RotaWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(RotaWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }
}
