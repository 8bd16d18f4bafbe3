package switchboard.calls;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface TranscriptionDao {

    /** Only the transcription of the voicemail the call keeps (the longest recording), or of one not yet seen. */
    @SqlUpdate("""
            update calls set voicemail_transcription = :text
            where id = :id and (voicemail_recording_id is null or cast(:recordingId as text) is null
                                or voicemail_recording_id = :recordingId)""")
    int store(@Bind("id") long callId, @Bind("recordingId") String recordingId, @Bind("text") String text);
}
