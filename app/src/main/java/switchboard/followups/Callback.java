package switchboard.followups;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A callback request as the API and the callback.updated event show it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Callback(long id, Long callId, String callUuid, List<Long> attachedCallIds, long lineId,
                       String from, String voicemailUrl, String transcription, String status, Long assigneeId,
                       String source, List<Note> notes, Instant createdAt, Instant updatedAt) {

    /** One entry of the append-only thread. author is the user's name, or the API key's name. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Note(long id, @JsonIgnore long callbackId, Long authorUserId,
                       @JsonProperty("author") String authorName, String text, Instant createdAt) {}

    static Callback of(CallbackDao.Row row, List<CallbackDao.CallRef> calls, List<Note> notes) {
        CallbackDao.CallRef opener = calls.isEmpty() ? null : calls.get(0);
        List<Long> later = calls.stream().skip(1).map(CallbackDao.CallRef::callId).toList();
        return new Callback(row.id(), opener == null ? null : opener.callId(), opener == null ? null : opener.callUuid(),
                later, row.lineId(), row.caller(), row.voicemailUrl(), row.transcription(), row.status(),
                row.assigneeId(), row.source(), notes, row.createdAt(), row.updatedAt());
    }
}
