package switchboard.rota;

/** The weekly rota's handlers, for the route table: turns, availability, the rota, swaps and calendar feeds. */
public record RotaHandlers(TurnsApi turns, AvailabilityApi availability, RotaApi rota, SwapsApi swaps, CalendarApi calendar) {}
