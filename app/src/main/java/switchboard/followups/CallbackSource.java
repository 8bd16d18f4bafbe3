package switchboard.followups;

import switchboard.json.Wire;

/** Where a callback came from: a missed call or voicemail, the queue's callback key (listed first), or by hand. */
enum CallbackSource implements Wire {
    CALL, QUEUE, MANUAL
}
