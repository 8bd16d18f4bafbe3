package switchboard.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import switchboard.calls.CallLogDao.CallEntry;

/** The call history as CSV (RFC 4180): one header line, one line a call. */
final class CallCsv {
    static final String HEADER = "id,callUuid,lineId,line,from,to,status,answeredUserId,answeredBy,answeredApp,"
            + "voicemailUrl,voicemailDurationSeconds,startedAt,answeredAt,endedAt,durationSeconds,hangupCause,"
            + "routedLineId,routedLine,missedIn,contactId,callerName,callerCompany,callerUrl\r\n";

    private CallCsv() {}

    static String row(CallEntry c) {
        List<Object> cells = new ArrayList<>(List.of(c.id(), c.callUuid()));
        cells.addAll(java.util.Arrays.asList(c.lineId(), c.lineName(), c.fromUri(), c.toUri(), c.status(),
                c.answeredUserId(), c.answeredUserName(), c.answeredAppSipUri(), c.voicemailUrl(),
                c.voicemailDurationSeconds(), c.startedAt(), c.answeredAt(), c.endedAt(), c.durationSeconds(),
                c.hangupCause(), c.routedLineId(), c.routedLineName(), CallView.missedIn(c.lastStepKind()), c.contactId(),
                c.identityName(), c.identityCompany(), c.identityUrl()));
        return cells.stream().map(CallCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) return "";
        String s = value instanceof Instant i ? i.toString() : Objects.toString(value);
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
