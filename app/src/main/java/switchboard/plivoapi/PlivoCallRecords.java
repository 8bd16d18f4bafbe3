package switchboard.plivoapi;

import com.plivo.api.models.call.Call;
import com.plivo.api.models.recording.Recording;
import com.plivo.api.util.PropertyFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/** What Plivo recorded about calls and recordings: the facts reconciliation compares our log with. */
public final class PlivoCallRecords {
    private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // Plivo writes "2015-07-26 15:45:14+05:30", "2014-08-05 16:15:15.852059+05:30" or, in places, no offset (UTC).
    private static final DateTimeFormatter PLIVO_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().toFormatter();

    private final PlivoConnection plivo;

    public PlivoCallRecords(PlivoConnection plivo) {
        this.plivo = plivo;
    }

    /** A call detail record: a finished call leg. B legs (the users' phones ringing) carry their A leg's UUID. */
    public record CallRecord(String uuid, String direction, String parentUuid, String from, String to,
                             Instant initiatedAt, Instant answeredAt, Instant endedAt, Integer durationSeconds,
                             String hangupCause, String hangupSource) {}

    public record RecordingRecord(String id, String callUuid, String url, int durationSeconds, Instant addedAt) {}

    /** Calls that ended since {@code since}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<CallRecord> callsEndedSince(Instant since) {
        // The SDK types this filter as a number, but Plivo wants a UTC time: hand it the text it must send.
        PropertyFilter endedSince = new PropertyFilter<String>().greaterOrEqual(filterTime(since));
        return plivo.all("listing calls", () -> Call.lister().endTime(endedSince)).stream()
                .map(PlivoCallRecords::call).filter(c -> c.endedAt() == null || !c.endedAt().isBefore(since)).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<RecordingRecord> recordingsSince(Instant since) {
        PropertyFilter addedSince = new PropertyFilter<String>().greaterOrEqual(filterTime(since));
        return plivo.all("listing recordings", () -> Recording.lister().addTime(addedSince)).stream()
                .map(PlivoCallRecords::recording).filter(r -> r.addedAt() == null || !r.addedAt().isBefore(since))
                .toList();
    }

    private static CallRecord call(Call c) {
        return new CallRecord(c.getCallUuid(), c.getCallDirection() == null ? null : c.getCallDirection().name()
                .toLowerCase(java.util.Locale.ROOT), c.getParentCallUuid(), c.getFromNumber(), c.getToNumber(),
                time(c.getInitiationTime()), time(c.getAnswerTime()), time(c.getEndTime()),
                c.getCallDuration() == null ? null : Math.toIntExact(c.getCallDuration()), c.getHangupCauseName(),
                c.getHangupSource());
    }

    private static RecordingRecord recording(Recording r) {
        return new RecordingRecord(r.getRecordingId(), r.getCallUuid(), r.getRecordingUrl(),
                seconds(r.getRecordingDurationMs()), time(r.getAddTime()));
    }

    static String filterTime(Instant t) {
        return FILTER_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    static Instant time(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            var parsed = PLIVO_TIME.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "345100.00000" milliseconds -> 346 seconds (a voicemail of 0.4 s still counts as one second). */
    static int seconds(String milliseconds) {
        try {
            return milliseconds == null ? 0 : (int) Math.ceil(Double.parseDouble(milliseconds) / 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
