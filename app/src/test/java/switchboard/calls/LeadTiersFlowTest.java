package switchboard.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.db.Database;
import switchboard.directory.User;
import switchboard.plivo.xml.CallXml;
import switchboard.routing.LineRouting.Lead;
import switchboard.routing.Strategy;
import switchboard.testing.TestPostgres;
import switchboard.testing.Xpath;

/** A feature's lead tier (LeadTiers) rings before the line's tiers, through the call flow and a real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadTiersFlowTest {
    private static final String MAIN_OFFICE = "sip:main-office@phone.plivo.com"; // tiers: Luke, Peter, Jane
    private Database db;
    private final AtomicReference<LeadTiers.Request> lead = new AtomicReference<>();
    private CallFlow flow;

    @BeforeAll
    void start() {
        db = TestPostgres.freshDatabase();
        db.seed();
        CallXml xml = new CallXml("https://switchboard.example.test");
        LeadTiers fromTest = (handle, call, line, now) -> Optional.ofNullable(lead.get());
        flow = new CallFlow(db.jdbi(), xml, CallObserver.NONE, new CallSteps(xml, Clock.systemUTC(), Waiting.NONE, List.of(fromTest), LineOpening.NONE));
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void the_rota_turn_rings_first_and_its_people_are_not_rung_again() {
        lead.set(new LeadTiers.Request(Lead.ROTA, List.of(userId("Peter")), Strategy.RING_ALL, 20));
        Incoming.Call call = call();
        assertThat(users(flow.answer(call))).containsExactly("sip:peter-mobile@phone.plivo.com", "sip:peter-desktop@phone.plivo.com");
        assertThat(users(flow.dialEnded(ended(call, 0)))).containsExactly("sip:luke-mobile@phone.plivo.com");
        assertThat(users(flow.dialEnded(ended(call, 1)))).containsExactly("sip:jane-mobile@phone.plivo.com",
                "sip:jane-desktop@phone.plivo.com");
        assertThat(entries(call)).contains("rota-turn", "tier-ringing", "tier-skipped:rung-first");
    }

    @Test
    void an_owner_outside_the_lines_tiers_rings_first_then_tier_one() {
        long mia = db.jdbi().withHandle(h -> h.createQuery("insert into users (name) values ('Mia') returning id").mapTo(Long.class).one());
        db.jdbi().useHandle(h -> h.createUpdate("insert into apps (user_id, label, sip_uri) values (:id, 'mobile', 'sip:mia@phone.plivo.com')")
                .bind("id", mia).execute());
        lead.set(new LeadTiers.Request(Lead.OWNER, List.of(mia), Strategy.RING_ALL, 15));
        Incoming.Call call = call();
        String first = flow.answer(call);
        assertThat(users(first)).containsExactly("sip:mia@phone.plivo.com");
        assertThat(Xpath.of(first).string("/Response/Dial/@timeout")).isEqualTo("15");
        assertThat(users(flow.dialEnded(ended(call, 0)))).containsExactly("sip:luke-mobile@phone.plivo.com");
        assertThat(entries(call)).contains("owner-ringing", "tier-ringing");
    }

    private long userId(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("select id from users where name = :n").bind("n", name).mapTo(Long.class).one());
    }

    private static Incoming.Call call() {
        return new Incoming.Call(UUID.randomUUID().toString(), "sip:caller@phone.plivo.com", MAIN_OFFICE, null);
    }

    private static Incoming.DialEnded ended(Incoming.Call call, int step) {
        return new Incoming.DialEnded(call, step, "no-answer", "NO_ANSWER", null, "in-progress");
    }

    private static List<String> users(String xml) {
        return Xpath.of(xml).strings("/Response/Dial/User");
    }

    /** The call's entry types, a tier skip with its reason. */
    private List<String> entries(Incoming.Call call) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                select e.type || coalesce(':' || (e.detail->>'reason'), '') from call_events e join calls c on c.id = e.call_id
                where c.call_uuid = :uuid order by e.id""").bind("uuid", call.callUuid()).mapTo(String.class).list());
    }
}
