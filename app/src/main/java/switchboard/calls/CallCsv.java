package switchboard.calls;

import java.util.Arrays;
import java.util.List;
import switchboard.calls.CallLogDao.CallEntry;

/** The call history's CSV columns: one header, one row a call (written by {@link switchboard.web.Csv}). */
final class CallCsv {
    static final List<String> HEADER = List.of("id", "callUuid", "lineId", "line", "from", "to", "status",
            "answeredUserId", "answeredBy", "answeredApp", "voicemailUrl", "voicemailDurationSeconds", "startedAt",
            "answeredAt", "endedAt", "durationSeconds", "hangupCause", "simulated", "queueWaitSeconds", "routedLineId",
            "routedLine", "missedIn", "contactId", "callerName", "callerCompany", "callerUrl");

    private CallCsv() {}

    static List<Object> row(CallEntry c) {
        return Arrays.asList(c.id(), c.callUuid(), c.lineId(), c.lineName(), c.fromUri(), c.toUri(), c.status(),
                c.answeredUserId(), c.answeredUserName(), c.answeredAppSipUri(), c.voicemailUrl(),
                c.voicemailDurationSeconds(), c.startedAt(), c.answeredAt(), c.endedAt(), c.durationSeconds(),
                c.hangupCause(), c.simulated(), c.queueWaitSeconds(), c.routedLineId(), c.routedLineName(),
                CallView.missedIn(c.lastStepKind()), c.contactId(), c.identityName(), c.identityCompany(), c.identityUrl());
    }
}
