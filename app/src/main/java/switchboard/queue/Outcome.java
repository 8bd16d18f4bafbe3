package switchboard.queue;

import switchboard.json.Wire;

/** How a caller left the queue (stored and shown as "voicemail-key"...). */
enum Outcome implements Wire {
    ANSWERED, TIMEOUT, VOICEMAIL_KEY, CALLBACK_KEY, ABANDONED
}
