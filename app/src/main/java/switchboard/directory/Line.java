package switchboard.directory;

/** A company number: a Plivo SIP endpoint attached to our Application. */
public record Line(long id, String name, String sipUri, String voicemailPrompt, int ringTimeoutSeconds) {}
