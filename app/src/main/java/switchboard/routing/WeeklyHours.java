package switchboard.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/** Weekly open hours, as slots in a time zone. No slots at all means: always open. */
public record WeeklyHours(List<Slot> slots) {
    public static final WeeklyHours ALWAYS = new WeeklyHours(List.of());

    /** From start (inclusive) to end (exclusive) on one day; an end of 24:00 is written as LocalTime.MAX. */
    public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {}

    public boolean isOpen(ZonedDateTime at) {
        if (slots.isEmpty()) return true;
        LocalTime time = at.toLocalTime();
        for (Slot slot : slots) {
            if (slot.day() == at.getDayOfWeek() && !time.isBefore(slot.start()) && time.isBefore(slot.end())) return true;
        }
        return false;
    }
}
