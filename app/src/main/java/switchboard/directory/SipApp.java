package switchboard.directory;

/** One of a user's SIP endpoints (mobile, desktop...). Ringing a user rings all of them. */
public record SipApp(long id, long userId, String label, String sipUri) {}
