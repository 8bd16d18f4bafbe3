package switchboard.calls;

import switchboard.json.Wire;

/**
 * The kinds of timeline entry a call can have (stored and shown as "call-started"...): written by the call flow,
 * escalation, the caller queue and reconciliation, read by follow-ups.
 */
public enum EntryType implements Wire {
    CALL_STARTED, UNKNOWN_LINE, CLOSED, TIER_RINGING, TIER_SKIPPED, USER_SKIPPED, DIAL_ENDED, ANSWERED, LEG_ENDED,
    USER_SET_AWAY, VOICEMAIL_OFFERED, VOICEMAIL_RECORDED, VOICEMAIL_EMPTY, VOICEMAIL_TRANSCRIBED,
    VOICEMAIL_TRANSCRIPTION_FAILED, ESCALATED, HANGUP, AFTER_HANGUP,
    // lead tiers: people rung before the line's tiers (LeadTiers)
    OWNER_RINGING, ROTA_TURN,
    // The caller queue: joining (or why not), each announcement and offer, a key pressed, leaving (and how).
    QUEUE_JOINED, QUEUE_SKIPPED, QUEUE_ANNOUNCED, QUEUE_OFFERED, QUEUE_KEY, QUEUE_LEFT, CALLBACK_REQUESTED,
    // menus: the path through a line's menu
    MENU_OFFERED, MENU_CHOSEN, MENU_TIMEOUT, MENU_INVALID, MENU_SKIPPED,
    // contacts: who is calling, and the last answerer rung first
    CALLER_IDENTIFIED, LOOKUP_FAILED, STICKY_RINGING
}
