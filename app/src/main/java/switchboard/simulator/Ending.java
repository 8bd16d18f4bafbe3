package switchboard.simulator;

/**
 * Why and by whom a call ended, as the hangup webhook tells it (HangupSource, HangupCauseName, HangupCauseCode:
 * Plivo's "hangup causes" table). {@code code} is null where the table has no entry the simulator could match.
 */
record Ending(String source, String cause, String code, String says) {
    static final Ending CALLER = new Ending("Caller", "Normal Hangup", "4000", "the caller hung up");
    static final Ending HANGUP_XML = new Ending("Answer XML", "Normal Hangup", "4000", "the XML hung up");
    static final Ending END_OF_XML = new Ending("Plivo", "End Of XML Instructions", "4010", "the XML ran out");
    static final Ending CALL_LIMIT = new Ending("Plivo", "Normal Hangup", "4000", "Plivo's 4-hour call limit");
    static final Ending ERROR = new Ending("Error", "Invalid Answer XML", null, "the XML could not be followed");
}
