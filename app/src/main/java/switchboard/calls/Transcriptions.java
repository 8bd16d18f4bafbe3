package switchboard.calls;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;

/** Plivo's transcription of a voicemail (VOICEMAIL_TRANSCRIPTION=auto), stored on the call when its callback comes. */
public record Transcriptions(Jdbi jdbi, CallObserver observer) {

    /** What Plivo posts to the transcriptionUrl; text is null when it failed, and error says why. */
    public record Transcript(String callUuid, String recordingId, String text, String error) {}

    /** False when the call is unknown: a transcription carries no line to create the call with. */
    public boolean record(Transcript t) {
        return jdbi.inTransaction(h -> {
            Daos db = new Daos(h);
            Optional<CallDao.CallRow> call = db.calls().lock(t.callUuid());
            if (call.isEmpty()) return false;
            boolean stored = t.text() != null && SharedDaos.of(h, TranscriptionDao.class).store(call.get().id(), t.recordingId(), t.text()) > 0;
            Timeline timeline = db.timeline(call.get().id(), observer);
            timeline.add(t.text() != null ? EntryType.VOICEMAIL_TRANSCRIBED : EntryType.VOICEMAIL_TRANSCRIPTION_FAILED,
                    "transcription:" + (t.recordingId() == null ? "" : t.recordingId()), "recordingId", t.recordingId(),
                    "characters", t.text() == null ? null : t.text().length(), "stored", stored, "error", t.error());
            timeline.save();
            return true;
        });
    }
}
