package switchboard.calls;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import switchboard.calls.CallLogDao.CallEntry;
import switchboard.calls.CallLogDao.EventEntry;

/** A call as the JSON API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallView(long id, String callUuid, LineRef line, String from, String to, String status,
                       AnsweredBy answeredBy, String voicemailUrl, Integer voicemailDurationSeconds,
                       String voicemailTranscription, Instant startedAt, Instant answeredAt, Instant endedAt, Integer durationSeconds,
                       String hangupCause, boolean simulated, Integer queueWaitSeconds, LineRef routedLine, String missedIn,
                       Long contactId, Caller caller,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    public record LineRef(long id, String name) {}

    /** Who was calling, as known at the answer: source "contacts" (contactId set) or "lookup" (the outside service). */
    public record Caller(String name, String company, String url, String source) {}

    public record AnsweredBy(Long userId, String name, AppRef app) {}

    public record AppRef(long id, String label, String sipUri) {}

    public record EventView(Instant at, String type, @JsonRawValue String detail) {}

    public static CallView of(CallEntry c, List<EventEntry> events) {
        LineRef line = c.lineId() == null ? null : new LineRef(c.lineId(), c.lineName());
        AppRef app = c.answeredAppId() == null ? null
                : new AppRef(c.answeredAppId(), c.answeredAppLabel(), c.answeredAppSipUri());
        AnsweredBy answeredBy = c.answeredUserId() == null && app == null ? null
                : new AnsweredBy(c.answeredUserId(), c.answeredUserName(), app);
        List<EventView> timeline = events == null ? null
                : events.stream().map(e -> new EventView(e.at(), e.type(), e.detail())).toList();
        LineRef routed = c.routedLineId() == null ? null : new LineRef(c.routedLineId(), c.routedLineName());
        Caller caller = c.identityName() == null ? null
                : new Caller(c.identityName(), c.identityCompany(), c.identityUrl(), c.identitySource());
        return new CallView(c.id(), c.callUuid(), line, c.fromUri(), c.toUri(), c.status(), answeredBy,
                c.voicemailUrl(), c.voicemailDurationSeconds(), c.voicemailTranscription(), c.startedAt(), c.answeredAt(), c.endedAt(),
                c.durationSeconds(), c.hangupCause(), c.simulated(), c.queueWaitSeconds(), routed, missedIn(c.lastStepKind()), c.contactId(), caller, timeline);
    }

    /** Where a missed call's caller hung up: the kind of its last step ("menu", "ringing", "voicemail"...). */
    static String missedIn(String lastStepKind) {
        if (lastStepKind == null) return null;
        return Step.DIAL.equals(lastStepKind) ? "ringing" : lastStepKind;
    }
}
