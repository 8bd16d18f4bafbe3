package switchboard.rota.solver;

/** Last week this person worked the same line, weekday and hours as this week's turn. */
record Habit(Turn turn, Staff staff) {}
