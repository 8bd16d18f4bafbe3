package switchboard.rota.solver;

/** The hard rules of a rota; each code is how the API names a broken rule. */
public enum RotaRule {
    NOT_AVAILABLE("not-available", "the turn is not wholly inside the person's weekly availability"),
    ABSENT("absent", "the person is absent on the turn's date"),
    MAX_TURNS_PER_DAY("max-turns-per-day", "the person has more turns that day than their maxTurnsPerDay"),
    OVERLAPPING_TURNS("overlapping-turns", "the person is in two turns at the same time"),
    NOT_A_TIER_MEMBER("not-a-tier-member", "the person is not a member of any of the line's tiers");

    private final String code;
    private final String meaning;

    RotaRule(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The rule's name in the API and in messages, e.g. {@code max-turns-per-day}. */
    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
