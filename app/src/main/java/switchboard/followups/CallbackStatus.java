package switchboard.followups;

import switchboard.json.Wire;

/** Where a callback stands; open and in-progress ones are "open" for the one-per-caller-and-line rule. */
public enum CallbackStatus implements Wire {
    OPEN, IN_PROGRESS, DONE, NO_REPLY
}
