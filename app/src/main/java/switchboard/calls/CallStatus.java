package switchboard.calls;

import switchboard.json.Wire;

/**
 * A call's status, derived by the database from its facts (calls.status is a generated column). WAITING: in its
 * line's queue; ABANDONED: the caller hung up while waiting.
 */
public enum CallStatus implements Wire {
    RINGING, WAITING, IN_PROGRESS, IN_VOICEMAIL, ANSWERED, VOICEMAIL, MISSED, ABANDONED, REJECTED
}
