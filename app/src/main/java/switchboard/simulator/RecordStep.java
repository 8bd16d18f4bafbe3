package switchboard.simulator;

import java.util.Map;

/**
 * A {@code <Record>}: after the beep the caller speaks for {@code --voicemail} and presses the finish key (or is
 * cut off at maxLength); the action gets the recording and its XML is followed; the callbackUrl hears of it a
 * second later, when the file is ready (usually while the caller hears the goodbye), and a transcriptionUrl
 * minutes later, after the hangup. With {@code --voicemail none} the caller hangs up at the beep and nothing is
 * recorded. A caller who hangs up while recording: the hangup comes first, then the action and callback with what
 * was recorded, as Plivo sends them.
 */
final class RecordStep {
    private final CallEngine call;

    RecordStep(CallEngine call) {
        this.call = call;
    }

    CallEngine.Next run(Verb.Record r, Transcript.Entry e) {
        e.then((r.playBeep() ? "beep, " : "") + "records up to " + r.maxLengthSeconds() + " s");
        if (r.playBeep() && !call.clock.pass(1)) return call.ended(e);
        Integer message = call.caller.voicemailSeconds();
        if (message == null) {
            e.then("the caller hangs up at the beep");
            call.callerGone();
            return new CallEngine.End(Ending.CALLER);
        }
        boolean cutOff = message >= r.maxLengthSeconds();
        String key = cutOff || r.finishOnKey().isEmpty() ? "" : r.finishOnKey().substring(0, 1);
        long length = cutOff ? r.maxLengthSeconds() : message + (key.isEmpty() ? r.silenceSeconds() : 0);
        long start = call.clock.now();
        boolean whole = call.clock.pass(length);
        long recorded = call.clock.now() - start;
        Map<String, String> file = file(CallParams.newId(), start, recorded);
        String told = "voicemail left, " + recorded + " s" + (key.isEmpty() ? "" : ", then " + key);
        if (!whole) {
            CallEngine.End end = call.ended(e);
            call.callerGone();
            if (r.action().present()) call.clock.later(0, () -> action(r, file, "", told).then("not followed: the caller has hung up"));
            afterwards(r, file, recorded);
            return end;
        }
        afterwards(r, file, recorded);
        if (!r.action().present()) return new CallEngine.GoOn();
        if (!r.redirect()) {
            action(r, file, key, told).then("in the background; the XML goes on");
            return new CallEngine.GoOn();
        }
        Transcript.Entry next = call.tell(told);
        return new CallEngine.Replace(call.fetch(r.action(), actionParams(file, key)), next);
    }

    private Transcript.Entry action(Verb.Record r, Map<String, String> file, String key, String told) {
        return call.notify(r.action(), actionParams(file, key), told);
    }

    private Map<String, String> actionParams(Map<String, String> file, String key) {
        Map<String, String> p = call.params.call(call.status());
        p.putAll(file);
        p.put("Digits", key);
        return p;
    }

    /** The callbackUrl when the file is ready, the transcriptionUrl much later. */
    private void afterwards(Verb.Record r, Map<String, String> file, long recorded) {
        if (r.callback().present()) {
            call.clock.later(Timing.RECORDING_READY_SECONDS, () -> {
                Map<String, String> p = call.params.call(call.status());
                p.putAll(file);
                call.notify(r.callback(), p, "recording ready");
            });
        }
        if (r.transcription().present()) {
            call.clock.later(Timing.TRANSCRIPTION_SECONDS, () -> call.notify(r.transcription(), Map.of(
                    "call_uuid", call.params.callUuid, "recording_id", file.get("RecordingID"),
                    "transcription", "This is a simulated voicemail of " + recorded + " seconds.",
                    "duration", Long.toString(recorded), "transcription_charge", "0", "transcription_rate", "0"),
                    "transcription ready"));
        }
    }

    private Map<String, String> file(String id, long start, long seconds) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("RecordUrl", call.recordingUrl);
        p.put("RecordingID", id);
        p.put("RecordingDuration", Long.toString(seconds));
        p.put("RecordingDurationMs", Long.toString(seconds * 1000));
        p.put("RecordingStartMs", Long.toString(call.params.epochMillis(start)));
        p.put("RecordingEndMs", Long.toString(call.params.epochMillis(start + seconds)));
        return p;
    }
}
