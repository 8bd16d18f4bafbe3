package switchboard.plivo.xml;

/**
 * The caller queue's documents. A wait step speaks (greeting, position, expected wait, the menu), plays the hold
 * sound inside a GetDigits whose action takes the menu's keys, then redirects to the next wait step: with no key
 * before the timeout, Plivo goes on to the Redirect.
 */
public final class QueueXml {
    /** After the hold sound, how long GetDigits waits for a key before Plivo goes on to the Redirect. */
    public static final int KEY_TIMEOUT_SECONDS = 2;

    private final String publicUrl;

    public QueueXml(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** One wait: what is said, the keys (null: no such option), the sound and how often it plays. */
    public record Wait(int step, String words, String voicemailKey, String callbackKey, String soundUrl, int soundLoops) {}

    public String wait(Wait w) {
        String keys = (w.voicemailKey() == null ? "" : w.voicemailKey()) + (w.callbackKey() == null ? "" : w.callbackKey());
        Xml xml = Xml.response();
        if (!keys.isEmpty()) {
            xml.start("GetDigits",
                    "action", publicUrl + "/plivo/queue/" + w.step() + "/key",
                    "method", "POST",
                    "redirect", "true",
                    "numDigits", "1",
                    "retries", "1",
                    "timeout", Integer.toString(KEY_TIMEOUT_SECONDS),
                    "validDigits", keys,
                    "finishOnKey", finishOnKey(keys));
        }
        xml.text("Speak", w.words()).text("Play", w.soundUrl(), "loop", Integer.toString(w.soundLoops()));
        if (!keys.isEmpty()) xml.end();
        return xml.text("Redirect", publicUrl + "/plivo/queue/" + w.step() + "/next", "method", "POST").render();
    }

    /** What a waiting caller hears, in order; expectedMinutes null: not said (too little history). */
    public static String words(boolean first, String lineName, int position, Integer expectedMinutes, String voicemailKey,
                               String callbackKey) {
        String who = lineName == null || lineName.isBlank() ? "our office" : lineName;
        StringBuilder s = new StringBuilder(first ? "Everyone at " + who + " is busy right now. Please stay on the line. "
                : "Thank you for holding. ");
        s.append("You are caller number ").append(position).append(". ");
        if (expectedMinutes != null) {
            s.append("The expected wait is about ").append(expectedMinutes).append(expectedMinutes == 1 ? " minute. " : " minutes. ");
        }
        if (voicemailKey != null) s.append("Press ").append(key(voicemailKey)).append(" to leave a message");
        if (callbackKey != null) {
            s.append(voicemailKey != null ? ", or press " : "Press ").append(key(callbackKey)).append(" and we will call you back");
        }
        return (voicemailKey != null || callbackKey != null ? s.append('.') : s).toString().trim();
    }

    /** The callback key: a confirmation, then the call ends. */
    public String callbackRequested() {
        return Xml.response()
                .text("Speak", "Thank you. We will call you back at the number you are calling from as soon as we can. Goodbye.")
                .empty("Hangup")
                .render();
    }

    public static String voicemailAfterWaiting() {
        return "Sorry to keep you waiting: nobody could take your call. Please leave a message after the beep,"
                + " and press the hash key when you are done.";
    }

    public static String voicemailByKey() {
        return "Please leave your message after the beep, and press the hash key when you are done.";
    }

    private static String key(String key) {
        return switch (key) {
            case "*" -> "star";
            case "#" -> "the hash key";
            default -> key;
        };
    }

    /** Never one of the menu's keys: a finishing key ends the input before it counts as a digit. */
    private static String finishOnKey(String keys) {
        if (!keys.contains("#")) return "#";
        return keys.contains("*") ? "none" : "*";
    }
}
