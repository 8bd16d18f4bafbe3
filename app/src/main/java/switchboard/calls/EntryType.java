package switchboard.calls;

/** The kinds of timeline entry a call can have: written by the call flow, escalation and reconciliation, read by follow-ups. */
public enum EntryType {
    CALL_STARTED("call-started"),
    UNKNOWN_LINE("unknown-line"),
    CLOSED("closed"),
    TIER_RINGING("tier-ringing"),
    TIER_SKIPPED("tier-skipped"),
    USER_SKIPPED("user-skipped"),
    DIAL_ENDED("dial-ended"),
    ANSWERED("answered"),
    LEG_ENDED("leg-ended"),
    USER_SET_AWAY("user-set-away"),
    VOICEMAIL_OFFERED("voicemail-offered"),
    VOICEMAIL_RECORDED("voicemail-recorded"),
    VOICEMAIL_EMPTY("voicemail-empty"),
    VOICEMAIL_TRANSCRIBED("voicemail-transcribed"),
    VOICEMAIL_TRANSCRIPTION_FAILED("voicemail-transcription-failed"),
    ESCALATED("escalated"),
    HANGUP("hangup");

    private final String wire;

    EntryType(String wire) {
        this.wire = wire;
    }

    /** As stored in call_events.type and shown in the API's timeline. */
    public String wire() {
        return wire;
    }
}
