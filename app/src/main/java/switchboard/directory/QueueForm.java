package switchboard.directory;

import java.util.function.UnaryOperator;
import switchboard.routing.QueueRules;

/**
 * The line page's queue form, as typed (shown back when refused): its fields are the API's "queue" object, named
 * "queue.enabled"..., sent on as that object (LinesPage) to the API's own reader (QueueSettings through LinesApi.read).
 */
public record QueueForm(boolean enabled, String maxWaitSeconds, String maxCallers, String announceEverySeconds,
                        String holdMusicUrl, String voicemailKey, String callbackKey, String retrySeconds) {

    static QueueForm of(QueueRules q) {
        return new QueueForm(q.enabled(), String.valueOf(q.maxWaitSeconds()), String.valueOf(q.maxCallers()),
                String.valueOf(q.announceEverySeconds()), text(q.holdMusicUrl()), text(q.voicemailKey()), text(q.callbackKey()),
                String.valueOf(q.retrySeconds()));
    }

    /** form: a form field's value by name (null when absent). */
    static QueueForm typed(UnaryOperator<String> form) {
        return new QueueForm("on".equals(form.apply("queue.enabled")), text(form.apply("queue.maxWaitSeconds")),
                text(form.apply("queue.maxCallers")), text(form.apply("queue.announceEverySeconds")),
                text(form.apply("queue.holdMusicUrl")), text(form.apply("queue.voicemailKey")),
                text(form.apply("queue.callbackKey")), text(form.apply("queue.retrySeconds")));
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }
}
