package switchboard.calls;

import switchboard.calls.CallDao.CallRow;
import switchboard.directory.Line;
import switchboard.routing.LineRouting;

/**
 * The caller queue as the call flow sees it (package queue implements it): a call nobody free answered joins its
 * line's queue, and comes back to it when an offer from the queue rings out. Each method records step {@code step}
 * in the webhook's transaction, on the locked call, and returns its XML.
 */
public interface Waiting {
    String join(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, LineRouting routing);

    String afterOffer(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, Line line);

    /** How many callers wait in the line's queue now: a full queue takes nobody more. */
    int callers(Daos db, long lineId);

    /** No queue: such calls go to voicemail. */
    Waiting NONE = new Waiting() {
        @Override
        public String join(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, LineRouting routing) {
            return steps.voicemail(db, timeline, call, step, "no-one-answered", CallSteps.prompt(routing));
        }

        @Override
        public String afterOffer(CallSteps steps, Daos db, Timeline timeline, CallRow call, int step, Line line) {
            return join(steps, db, timeline, call, step, steps.load(db, call, line));
        }

        @Override
        public int callers(Daos db, long lineId) {
            return 0;
        }
    };
}
