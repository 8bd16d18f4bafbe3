package switchboard.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.db.SharedDaos;
import switchboard.db.SqlErrors;
import switchboard.errors.Conflict;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;

/** Contacts: each change one transaction; numbers normalised to one key each, a key held by at most one contact. */
public final class Contacts {
    static final int MAX_NUMBERS = 20;

    private final Jdbi jdbi;
    private final PhoneNumbers phoneNumbers;

    public Contacts(Jdbi jdbi, PhoneNumbers phoneNumbers) {
        this.jdbi = jdbi;
        this.phoneNumbers = phoneNumbers;
    }

    /** {@code number}: any spelling of a caller's number or SIP URI; null for all. */
    public List<Contact> list(String number, Long ownerUserId, Boolean vip, long afterId, int limit) {
        String key = number == null ? null : phoneNumbers.callerKey(number);
        return jdbi.withHandle(h -> views(h, SharedDaos.of(h, ContactDao.class).page(new ContactDao.Filter(key, ownerUserId, vip), afterId, limit)));
    }

    public Contact get(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    public Contact create(Contact.Draft draft, Principal by) {
        Rules.requireMayAddContact(by, draft.ownerUserId());
        return write(() -> jdbi.inTransaction(h -> {
            Contact.Draft checked = checked(h, draft, null);
            long id = SharedDaos.of(h, ContactDao.class).insert(checked, tags(checked));
            setNumbers(h, id, checked.numbers());
            return find(h, id);
        }));
    }

    /** Replaces every field (a PATCH is laid over the contact first); numbers given replace the contact's numbers. */
    public Contact update(long id, Contact.Draft draft) {
        return write(() -> jdbi.inTransaction(h -> {
            ContactDao dao = SharedDaos.of(h, ContactDao.class);
            dao.lock(id).orElseThrow(() -> NotFound.of("contact", id));
            Contact.Draft checked = checked(h, draft, id);
            dao.update(id, checked, tags(checked));
            setNumbers(h, id, checked.numbers());
            return find(h, id);
        }));
    }

    /** Soft: past calls keep their contact; the numbers are free for another. */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            ContactDao dao = SharedDaos.of(h, ContactDao.class);
            if (dao.softDelete(id) == 0) throw NotFound.of("contact", id);
            dao.deleteNumbers(id);
        });
    }

    /** The draft with its numbers as keys and its owner held; every problem is one 400; a number of another contact, 409. */
    Contact.Draft checked(Handle h, Contact.Draft draft, Long self) {
        Map<String, String> problems = new LinkedHashMap<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (draft.numbers().size() > MAX_NUMBERS) problems.put("numbers", "at most " + MAX_NUMBERS + " numbers");
        for (int i = 0; i < draft.numbers().size(); i++) {
            PhoneNumbers.Parsed parsed = phoneNumbers.parse(draft.numbers().get(i));
            if (parsed.problem() != null) problems.put("numbers[" + i + "]", "'" + draft.numbers().get(i) + "' " + parsed.problem());
            else keys.add(parsed.key()); // two spellings of one number are one number
        }
        ContactDao dao = SharedDaos.of(h, ContactDao.class);
        if (draft.ownerUserId() != null && dao.holdUser(draft.ownerUserId()).isEmpty()) {
            problems.put("ownerUserId", "no user " + draft.ownerUserId());
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
        for (ContactDao.Owner holder : keys.isEmpty() ? List.<ContactDao.Owner>of() : dao.holders(keys.toArray(String[]::new))) {
            if (self == null || holder.contactId() != self) {
                throw new Conflict("number " + holder.number() + " belongs to contact " + holder.contactId() + " (" + holder.name() + ")");
            }
        }
        return new Contact.Draft(draft.name(), draft.company(), List.copyOf(keys), draft.email(), draft.notes(),
                draft.ownerUserId(), draft.vip(), draft.tags());
    }

    void setNumbers(Handle h, long id, List<String> keys) {
        ContactDao dao = SharedDaos.of(h, ContactDao.class);
        dao.deleteNumbers(id);
        dao.insertNumbers(id, keys, IntStream.rangeClosed(1, keys.size()).boxed().toList());
    }

    Optional<Long> contactOf(Handle h, String key) {
        return SharedDaos.of(h, ContactDao.class).holders(new String[] {key}).stream().map(ContactDao.Owner::contactId).findFirst();
    }

    Contact find(Handle h, long id) {
        return SharedDaos.of(h, ContactDao.class).find(id).map(r -> views(h, List.of(r)).get(0)).orElseThrow(() -> NotFound.of("contact", id));
    }

    PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    private static List<Contact> views(Handle h, List<ContactDao.Row> rows) {
        if (rows.isEmpty()) return List.of();
        Map<Long, List<String>> numbers = new LinkedHashMap<>();
        SharedDaos.of(h, ContactDao.class).numbers(rows.stream().map(ContactDao.Row::id).toArray(Long[]::new))
                .forEach(n -> numbers.computeIfAbsent(n.contactId(), k -> new ArrayList<>()).add(n.number()));
        return rows.stream().map(r -> new Contact(r.id(), r.name(), r.company(), numbers.getOrDefault(r.id(), List.of()),
                r.email(), r.notes(), r.ownerUserId(), r.vip(),
                r.tags() == null || r.tags().isEmpty() ? List.of() : List.of(r.tags().split("\u001f")), r.createdAt(), r.updatedAt())).toList();
    }

    private static String[] tags(Contact.Draft draft) {
        return draft.tags().stream().distinct().toArray(String[]::new);
    }

    /** Two writers racing for one number: the database refuses the second, said as a 409. */
    static <T> T write(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.uniqueConstraint(e).isPresent()) throw new Conflict("a number given belongs to another contact");
            throw e;
        }
    }
}
