package switchboard.calls;

/** One entry of a call's timeline: detail is a JSON object; the dedupe key makes a repeated webhook add nothing. */
public record TimelineEntry(long callId, EntryType type, String detail, String dedupeKey) {}
