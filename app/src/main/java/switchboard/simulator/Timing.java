package switchboard.simulator;

/** How long things take on a simulated call, where the XML does not say. */
final class Timing {
    /** A Play's audio is not fetched: each round counts this long. */
    static final long PLAY_SECONDS = 5;
    /** Whoever answers picks up after this much ringing (or at the Dial's timeout, if shorter). */
    static final long PICKUP_SECONDS = 4;
    /** A busy line answers busy at once; a failed leg fails at once. */
    static final long BUSY_SECONDS = 1;
    /** A recording's file is ready, and its callbackUrl called, this long after the recording ends. */
    static final long RECORDING_READY_SECONDS = 1;
    /** A transcription arrives this long after the recording (Plivo: minutes). */
    static final long TRANSCRIPTION_SECONDS = 120;
    /** A key press takes a second. */
    static final long KEY_SECONDS = 1;

    private Timing() {}

    /** About 150 words a minute, at least a second. */
    static long speakSeconds(String text) {
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return Math.max(1, (words * 2 + 4) / 5);
    }
}
