package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import switchboard.json.Json;
import switchboard.rota.solver.Availability;
import switchboard.rota.solver.RotaTimes;
import switchboard.rota.solver.Uncovered;
import switchboard.rota.solver.WeeklyTurn;

/** The rota's JSON: what the API shows, and the availability as stored (the same shape). */
public final class RotaJson {
    private RotaJson() {}

    record TurnView(String day, String start, String end, int needed) {}

    record SlotView(String day, String start, String end) {}

    record AbsenceView(LocalDate from, LocalDate to, String reason) {}

    record AvailabilityView(long userId, List<SlotView> slots, List<AbsenceView> absences, int targetTurnsPerWeek,
                            int maxTurnsPerDay) {}

    public record AssignmentView(long lineId, String day, LocalDate date, String start, String end, int needed, List<Long> userIds) {}

    record UncoveredView(long lineId, String day, LocalDate date, String start, String end, int needed, int assigned) {}

    static TurnView turn(WeeklyTurn t) {
        return new TurnView(TurnTimes.day(t.day()), RotaTimes.format(t.start()), RotaTimes.format(t.end()), t.needed());
    }

    static AssignmentView assignment(RotaTurn t) {
        return new AssignmentView(t.lineId(), TurnTimes.day(t.date().getDayOfWeek()), t.date(), RotaTimes.format(t.start()),
                RotaTimes.format(t.end()), t.needed(), t.userIds());
    }

    static UncoveredView uncovered(Uncovered u) {
        return new UncoveredView(u.lineId(), TurnTimes.day(u.day()), u.date(), RotaTimes.format(u.start()),
                RotaTimes.format(u.end()), u.needed(), u.assigned());
    }

    static AvailabilityView availability(long userId, Availability a) {
        return new AvailabilityView(userId, slots(a.slots()), a.absences().stream()
                .map(x -> new AbsenceView(x.from(), x.to(), x.reason().isEmpty() ? null : x.reason())).toList(),
                a.targetTurnsPerWeek(), a.maxTurnsPerDay());
    }

    static String hours(LocalTime start, LocalTime end) {
        return RotaTimes.format(start) + "-" + RotaTimes.format(end);
    }

    // Stored availability: the slots and absences as the API shows them, so what was declared reads back unchanged.

    static String slotsJson(List<Availability.Slot> slots) {
        return Json.write(slots(slots));
    }

    static String absencesJson(List<Availability.Absence> absences) {
        return Json.write(absences.stream().map(a -> Json.map("from", a.from(), "to", a.to(),
                "reason", a.reason().isEmpty() ? null : a.reason())).toList());
    }

    static Availability availability(String slotsJson, String absencesJson, int target, int maxPerDay) {
        List<Availability.Slot> slots = new ArrayList<>();
        for (JsonNode s : Json.tree(slotsJson)) {
            slots.add(new Availability.Slot(TurnTimes.day(s.get("day").asText()).orElseThrow(),
                    RotaTimes.parse(s.get("start").asText()), RotaTimes.parse(s.get("end").asText())));
        }
        List<Availability.Absence> absences = new ArrayList<>();
        for (JsonNode a : Json.tree(absencesJson)) {
            absences.add(new Availability.Absence(LocalDate.parse(a.get("from").asText()), LocalDate.parse(a.get("to").asText()),
                    a.path("reason").asText("")));
        }
        return new Availability(slots, absences, target, maxPerDay);
    }

    private static List<SlotView> slots(List<Availability.Slot> slots) {
        return slots.stream().map(s -> new SlotView(TurnTimes.day(s.day()), RotaTimes.format(s.start()), RotaTimes.format(s.end())))
                .toList();
    }
}
