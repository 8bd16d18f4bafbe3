package switchboard.simulator;

/** The server answered something the simulator cannot follow (exit 1): the message names the element or request. */
public final class Unfollowable extends RuntimeException {
    public Unfollowable(String message) {
        super(message);
    }
}
