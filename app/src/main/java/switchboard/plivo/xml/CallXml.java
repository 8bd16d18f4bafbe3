package switchboard.plivo.xml;

import java.util.List;

/** The Plivo XML documents a call can be given. Every callback URL is built from PUBLIC_URL. */
public final class CallXml {
    static final int VOICEMAIL_MAX_SECONDS = 120;
    static final int VOICEMAIL_SILENCE_SECONDS = 10;
    static final int CALLER_NAME_MAX = 50; // Plivo's limit for Dial callerName
    static final String MENU_KEYS = "0123456789*#";
    private static final String ELLIPSIS = "\u2026";

    private final String publicUrl;
    private final boolean transcribeVoicemail;

    public CallXml(String publicUrl) {
        this(publicUrl, false);
    }

    /** {@code transcribeVoicemail}: ask Plivo to transcribe each voicemail and post the text to us (VOICEMAIL_TRANSCRIPTION=auto). */
    public CallXml(String publicUrl, boolean transcribeVoicemail) {
        this.publicUrl = publicUrl;
        this.transcribeVoicemail = transcribeVoicemail;
    }

    /** Rings these SIP URIs (users' apps) at once; the action URL carries the step so a retry is recognised. */
    public String ring(int step, List<String> sipUris, int timeoutSeconds, String callerId, String callerName) {
        Xml xml = Xml.response().start("Dial",
                "action", publicUrl + "/plivo/dial/" + step + "/action",
                "method", "POST",
                "redirect", "true",
                "timeout", Integer.toString(timeoutSeconds),
                "callerId", blankToNull(callerId),
                "callerName", truncate(callerName),
                "callbackUrl", publicUrl + "/plivo/dial/" + step + "/callback",
                "callbackMethod", "POST");
        for (String sipUri : sipUris) xml.text("User", sipUri);
        return xml.render();
    }

    /**
     * A menu: the prompt inside a GetDigits of one key, posted to the step's digits URL. With no key before the
     * timeout Plivo goes on to the next element, the Redirect to the step's timeout URL. Every key is let through
     * (validDigits), so the flow sees invalid ones; "#" ends input empty-handed, which the flow reads as invalid.
     */
    public String menu(int step, String prompt, String promptUrl, int timeoutSeconds) {
        Xml xml = Xml.response().start("GetDigits",
                "action", publicUrl + "/plivo/menu/" + step + "/digits",
                "method", "POST",
                "timeout", Integer.toString(timeoutSeconds),
                "numDigits", "1",
                "retries", "1",
                "redirect", "true",
                "validDigits", MENU_KEYS);
        if (promptUrl != null) xml.text("Play", promptUrl);
        else xml.text("Speak", prompt);
        return xml.end().text("Redirect", publicUrl + "/plivo/menu/" + step + "/timeout", "method", "POST").render();
    }

    public String voicemail(String prompt) {
        return Xml.response()
                .text("Speak", prompt)
                .empty("Record",
                        "action", publicUrl + "/plivo/voicemail/action",
                        "method", "POST",
                        "redirect", "true",
                        "fileFormat", "mp3",
                        "maxLength", Integer.toString(VOICEMAIL_MAX_SECONDS),
                        "timeout", Integer.toString(VOICEMAIL_SILENCE_SECONDS),
                        "finishOnKey", "#",
                        "playBeep", "true",
                        "callbackUrl", publicUrl + "/plivo/voicemail/callback",
                        "callbackMethod", "POST",
                        "transcriptionType", transcribeVoicemail ? "auto" : null,
                        "transcriptionUrl", transcribeVoicemail ? publicUrl + "/plivo/voicemail/transcription" : null,
                        "transcriptionMethod", transcribeVoicemail ? "POST" : null)
                .render();
    }

    /** A message taken with no line known: the fallback, and any webhook whose work failed. */
    public String voicemailOnly() {
        return voicemail(defaultPrompt(null));
    }

    /** After a conversation the callee ended: the caller is done too. */
    public String hangup() {
        return Xml.response().empty("Hangup").render();
    }

    public String afterRecording(boolean recorded) {
        String words = recorded ? "Thank you, your message has been recorded. Goodbye."
                : "We did not get a message. Goodbye.";
        return Xml.response().text("Speak", words).empty("Hangup").render();
    }

    public String unknownLine() {
        return Xml.response()
                .text("Speak", "Sorry, the number you have called is not in service.")
                .empty("Hangup", "reason", "rejected")
                .render();
    }

    public static String defaultPrompt(String lineName) {
        return "You have reached " + (lineName == null || lineName.isBlank() ? "us" : lineName)
                + ". Nobody is available to take your call. Please leave a message after the beep,"
                + " and press the hash key when you are done.";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * What the ringing app shows as the caller, within Plivo's 50 characters: "Alice Martin (Acme)" when it fits, else
     * the name alone, else the name cut (at a word when one ends near the limit) with an ellipsis. Characters are
     * counted as code points, so no emoji is cut in half; line breaks and runs of spaces become one space.
     */
    public static String callerName(String name, String company) {
        String n = tidy(name);
        if (n == null) return null;
        String c = tidy(company);
        if (c != null && length(n + " (" + c + ")") <= CALLER_NAME_MAX) return n + " (" + c + ")";
        if (length(n) <= CALLER_NAME_MAX) return n;
        String cut = n.substring(0, n.offsetByCodePoints(0, CALLER_NAME_MAX - 1));
        int space = cut.lastIndexOf(' ');
        if (space >= CALLER_NAME_MAX * 2 / 3) cut = cut.substring(0, space);
        return cut.strip() + ELLIPSIS;
    }

    private static String tidy(String s) {
        return s == null ? null : blankToNull(s.replaceAll("[\\s\\p{Cc}]+", " ").strip());
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String truncate(String name) {
        return callerName(name, null);
    }
}
