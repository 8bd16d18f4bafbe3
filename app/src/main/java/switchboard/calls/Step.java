package switchboard.calls;

/**
 * One numbered step of a call: the XML document it answered with, kept so a retried webhook gets it back.
 * A Dial step knows its tier and, for one-at-a-time tiers, the order (user ids, comma-separated) and who it rang.
 */
public record Step(int number, String kind, Integer tierPosition, String xml, String userOrder, Integer orderIndex) {
    public static final String DIAL = "dial";
    public static final String VOICEMAIL = "voicemail";
    public static final String HANGUP = "hangup";
    /** The caller queue: a wait (announcement, hold sound, keys) and a Dial offering a waiting caller to a user. */
    public static final String QUEUE_WAIT = "queue-wait";
    public static final String QUEUE_OFFER = "queue-offer";
    public static final String MENU = "menu";

    public static Step dial(int number, int tierPosition, String xml, String userOrder, Integer orderIndex) {
        return new Step(number, DIAL, tierPosition, xml, userOrder, orderIndex);
    }

    public static Step voicemail(int number, String xml) {
        return new Step(number, VOICEMAIL, null, xml, null, null);
    }

    /** A menu's prompt (which menu, and where the caller stands in it, the menus feature keeps). */
    public static Step menu(int number, String xml) {
        return new Step(number, MENU, null, xml, null, null);
    }

    public static Step hangup(int number, String xml) {
        return new Step(number, HANGUP, null, xml, null, null);
    }

    public static Step queueWait(int number, String xml) {
        return new Step(number, QUEUE_WAIT, null, xml, null, null);
    }
}
