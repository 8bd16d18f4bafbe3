package switchboard.contacts;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.calls.Callers;
import switchboard.db.SharedDaos;

/** Who is calling: a contact found by the caller's number (an index lookup), else the outside lookup when there is one. */
public final class CallerIdentification implements Callers {
    private static final Logger log = LoggerFactory.getLogger(CallerIdentification.class);

    private final Jdbi jdbi;
    private final PhoneNumbers numbers;
    private final Optional<CallerLookup> lookup;

    public CallerIdentification(Jdbi jdbi, PhoneNumbers numbers, Optional<CallerLookup> lookup) {
        this.jdbi = jdbi;
        this.numbers = numbers;
        this.lookup = lookup;
    }

    @Override
    public Caller identify(String from) {
        String key = numbers.callerKey(from);
        if (key == null) return Caller.unknown(null);
        Optional<CallerDao.Known> known;
        try {
            known = SharedDaos.with(jdbi, CallerDao.class, dao -> dao.byNumber(key));
        } catch (RuntimeException e) { // the answer's own transaction will meet the same trouble, and degrade
            log.warn("could not look the caller up in the contacts: {}", e.toString());
            return Caller.unknown(key);
        }
        if (known.isPresent()) {
            CallerDao.Known c = known.get();
            return new Caller(key, c.id(), c.name(), c.company(), null, Caller.CONTACTS, null);
        }
        if (lookup.isEmpty()) return Caller.unknown(key);
        CallerLookup.Result r = lookup.get().lookUp(key);
        if (r.answer() == null) return new Caller(key, null, null, null, null, null, r.failure());
        CallerLookup.Answer a = r.answer();
        return a.name() == null ? Caller.unknown(key) : new Caller(key, null, a.name(), a.company(), a.url(), Caller.LOOKUP, null);
    }
}
