package switchboard.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import switchboard.db.SharedDaos;
import switchboard.errors.Conflict;
import switchboard.errors.InvalidInput;

/**
 * POST /api/contacts/import: CSV with a header naming its columns (name, company, number, email, owner_email, vip, in
 * any order). Each row is its own transaction: its numbers find the contact it updates (none: a new one), and the
 * report says per row what was created, updated or refused and why. An empty cell leaves an updated contact's field as
 * it was; several numbers in one cell are separated by ";".
 */
public final class ContactImport {
    static final List<String> COLUMNS = List.of("name", "company", "number", "email", "owner_email", "vip");
    static final int MAX_ROWS = 10_000;

    private final Jdbi jdbi;
    private final Contacts contacts;

    public ContactImport(Jdbi jdbi, Contacts contacts) {
        this.jdbi = jdbi;
        this.contacts = contacts;
    }

    /** One row's outcome: line is the row's line in the file (the header is line 1). */
    public record RowResult(long line, String result, Long contactId, Map<String, String> reasons) {}

    public record Report(int created, int updated, int refused, List<RowResult> rows) {}

    private record Line(long number, CSVRecord record) {}

    public Report run(String csv) {
        List<Line> records = parse(csv);
        List<RowResult> rows = new ArrayList<>();
        for (Line r : records) rows.add(row(r.number(), r.record()));
        return new Report(count(rows, "created"), count(rows, "updated"), count(rows, "refused"), rows);
    }

    private RowResult row(long line, CSVRecord r) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : COLUMNS) cells.put(column, r.isMapped(column) && r.isSet(column) ? blankToNull(r.get(column)) : null);
        try {
            return Contacts.write(() -> jdbi.inTransaction(h -> apply(h, line, cells)));
        } catch (InvalidInput e) {
            return new RowResult(line, "refused", null, rename(e.fields()));
        } catch (Conflict e) {
            return new RowResult(line, "refused", null, Map.of("number", e.getMessage()));
        }
    }

    private RowResult apply(Handle h, long line, Map<String, String> cells) {
        Map<String, String> problems = new LinkedHashMap<>();
        String number = cells.get("number");
        List<String> numbers = number == null ? List.of()
                : Arrays.stream(number.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (numbers.isEmpty()) problems.put("number", "is required: it is how the caller is found");
        Optional<Boolean> vip = vip(cells.get("vip"), problems);
        Long owner = owner(h, cells.get("owner_email"), problems);
        String email = cells.get("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) problems.put("email", "must be an email address");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            PhoneNumbers.Parsed p = contacts.phoneNumbers().parse(numbers.get(i));
            if (p.problem() != null) problems.putIfAbsent("number", "'" + numbers.get(i) + "' " + p.problem());
            else keys.add(p.key());
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
        ContactDao dao = SharedDaos.of(h, ContactDao.class);
        Map<Long, String> holders = dao.holders(keys.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(ContactDao.Owner::contactId, ContactDao.Owner::name, (a, b) -> a, LinkedHashMap::new));
        if (holders.size() > 1) {
            throw InvalidInput.field("number", "its numbers belong to different contacts: " + holders.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(" and ")));
        }
        if (holders.isEmpty()) {
            if (cells.get("name") == null) throw InvalidInput.field("name", "is required for a new contact");
            Contact.Draft draft = contacts.checked(h, new Contact.Draft(cells.get("name"), cells.get("company"), keys, email,
                    null, owner, vip.orElse(false), List.of()), null);
            long id = dao.insert(draft, new String[0]);
            contacts.setNumbers(h, id, draft.numbers());
            return new RowResult(line, "created", id, Map.of());
        }
        long id = holders.keySet().iterator().next();
        dao.lock(id);
        Contact now = contacts.find(h, id);
        List<String> all = new ArrayList<>(now.numbers());
        keys.stream().filter(k -> !all.contains(k)).forEach(all::add);
        Contact.Draft draft = contacts.checked(h, new Contact.Draft(or(cells.get("name"), now.name()), or(cells.get("company"),
                now.company()), all, or(email, now.email()), now.notes(), owner != null ? owner : now.ownerUserId(),
                vip.orElse(now.vip()), now.tags()), id);
        dao.update(id, draft, draft.tags().toArray(String[]::new));
        contacts.setNumbers(h, id, draft.numbers());
        return new RowResult(line, "updated", id, Map.of());
    }

    private static Optional<Boolean> vip(String raw, Map<String, String> problems) {
        if (raw == null) return Optional.empty();
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> Optional.of(true);
            case "false", "no", "0", "n" -> Optional.of(false);
            default -> {
                problems.put("vip", "must be true or false (yes/no, 1/0), got '" + raw + "'");
                yield Optional.empty();
            }
        };
    }

    private static Long owner(Handle h, String email, Map<String, String> problems) {
        if (email == null) return null;
        Optional<Long> user = SharedDaos.of(h, ContactDao.class).userByEmail(email);
        if (user.isEmpty()) problems.put("owner_email", "no user with email " + email);
        return user.orElse(null);
    }

    /** The API's field names, as the file's columns. */
    private static Map<String, String> rename(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k.startsWith("numbers") ? "number" : k.equals("ownerUserId") ? "owner_email" : k, v));
        return out;
    }

    private static List<Line> parse(String csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), format)) {
            Set<String> header = parser.getHeaderNames().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).sorted().toList();
            if (!unknown.isEmpty() || !header.contains("number")) {
                throw InvalidInput.field("header", "the first line names the columns, among " + String.join(",", COLUMNS)
                        + (unknown.isEmpty() ? "; number is required" : "; unknown: " + String.join(", ", unknown)));
            }
            List<Line> records = new ArrayList<>();
            var rows = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1; // where the next record starts
                if (!rows.hasNext()) break;
                CSVRecord r = rows.next();
                if (records.size() == MAX_ROWS) throw InvalidInput.field("rows", "at most " + MAX_ROWS + " rows per import");
                records.add(new Line(line, r));
            }
            return records;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw InvalidInput.field("csv", "is not readable CSV: " + e.getMessage());
        }
    }

    private static int count(List<RowResult> rows, String result) {
        return (int) rows.stream().filter(r -> r.result().equals(result)).count();
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
