package switchboard.testing;

import org.jdbi.v3.core.Jdbi;

/** Builds directory rows straight in the database, for tests that need a particular shape. */
public final class TestDirectory {
    private final Jdbi jdbi;

    TestDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long user(String name) {
        return jdbi.withHandle(h -> h.createQuery("insert into users (name) values (?) returning id")
                .bind(0, name).mapTo(Long.class).one());
    }

    public long app(long userId, String sipUri) {
        return jdbi.withHandle(h -> h.createQuery("insert into apps (user_id, label, sip_uri) values (?, 'app', ?) returning id")
                .bind(0, userId).bind(1, sipUri).mapTo(Long.class).one());
    }

    public long line(String name, String sipUri) {
        return jdbi.withHandle(h -> h.createQuery("insert into lines (name, sip_uri) values (?, ?) returning id")
                .bind(0, name).bind(1, sipUri).mapTo(Long.class).one());
    }

    public void voicemailPrompt(long lineId, String prompt) {
        jdbi.useHandle(h -> h.execute("update lines set voicemail_prompt = ? where id = ?", prompt, lineId));
    }

    public void tier(long lineId, int position, int timeoutSeconds, long... userIds) {
        jdbi.useHandle(h -> {
            long tierId = h.createQuery("insert into tiers (line_id, position, ring_timeout_seconds) values (?, ?, ?) returning id")
                    .bind(0, lineId).bind(1, position).bind(2, timeoutSeconds).mapTo(Long.class).one();
            for (int i = 0; i < userIds.length; i++) {
                h.execute("insert into tier_members (tier_id, user_id, position) values (?, ?, ?)", tierId, userIds[i], i + 1);
            }
        });
    }

    public long userId(String name) {
        return jdbi.withHandle(h -> h.createQuery("select id from users where name = ?").bind(0, name).mapTo(Long.class).one());
    }
}
