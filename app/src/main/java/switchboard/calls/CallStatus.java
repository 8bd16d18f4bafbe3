package switchboard.calls;

import switchboard.json.Wire;

/** A call's status, derived by the database from its facts (calls.status is a generated column). */
public enum CallStatus implements Wire {
    RINGING, IN_PROGRESS, IN_VOICEMAIL, ANSWERED, VOICEMAIL, MISSED, REJECTED
}
