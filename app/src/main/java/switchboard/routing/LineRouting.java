package switchboard.routing;

import java.util.List;

/** What the router needs to know about a line: its ordered tiers, their users and the users' apps. */
public record LineRouting(long lineId, String lineName, String voicemailPrompt, List<Tier> tiers) {

    public record Tier(int position, int ringTimeoutSeconds, List<Member> members) {
        public List<App> apps() {
            return members.stream().flatMap(m -> m.apps().stream()).toList();
        }
    }

    public record Member(long userId, String name, List<App> apps) {}

    public record App(long appId, String label, String sipUri) {}
}
