package switchboard.contacts;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Set;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/contacts: list (filters number, ownerUserId, vip), read, add, change, delete; and the CSV import. */
public final class ContactsApi {
    private static final Set<String> FIELDS = Set.of("name", "company", "numbers", "email", "notes", "ownerUserId", "vip", "tags");
    private final Contacts contacts;
    private final ContactImport imports;

    public ContactsApi(Contacts contacts, ContactImport imports) {
        this.contacts = contacts;
        this.imports = imports;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        String vip = ctx.queryParam("vip");
        if (vip != null && !vip.equals("true") && !vip.equals("false")) throw new BadRequestResponse("vip must be true or false");
        String number = ctx.queryParam("number");
        if (number != null && number.startsWith(" ")) number = "+" + number.substring(1); // an unencoded + arrives as a space
        ctx.json(paging.page(contacts.list(number,
                QueryParams.optionalLong(ctx, "ownerUserId"), vip == null ? null : Boolean.valueOf(vip), paging.afterId(),
                paging.fetch()), Contact::id));
    }

    public void get(Context ctx) {
        ctx.json(contacts.get(QueryParams.pathId(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(contacts.create(read(JsonBody.parse(ctx, FIELDS), contacts.phoneNumbers()), ApiAuth.principal(ctx)));
    }

    /** PATCH changes only the fields given; numbers, when given, replace the contact's numbers. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        ctx.json(contacts.update(id, read(JsonBody.patch(ctx, FIELDS, contacts.get(id)), contacts.phoneNumbers())));
    }

    public void delete(Context ctx) {
        contacts.delete(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    /** text/csv: name,company,number,email,owner_email,vip; answers the per-row report. */
    public void importCsv(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
            throw new BadRequestResponse("send the file as text/csv (curl --data-binary @contacts.csv -H 'Content-Type: text/csv')");
        }
        ctx.json(imports.run(ctx.body()));
    }

    /** Every bad field at once, numbers included (the service checks them again, for the import). */
    private static Contact.Draft read(JsonBody body, PhoneNumbers phoneNumbers) {
        String name = body.text("name", true, 200);
        String company = body.text("company", false, 200);
        var numbers = body.texts("numbers", Contacts.MAX_NUMBERS, 255);
        for (int i = 0; i < numbers.size(); i++) {
            String problem = phoneNumbers.parse(numbers.get(i)).problem();
            if (problem != null) body.error("numbers[" + i + "]", "'" + numbers.get(i) + "' " + problem);
        }
        String email = body.email("email");
        String notes = body.text("notes", false, 5000);
        Long owner = body.id("ownerUserId", false);
        Boolean vip = body.bool("vip");
        var tags = body.texts("tags", 20, 50);
        body.validate();
        return new Contact.Draft(name, company, numbers, email, notes, owner, Boolean.TRUE.equals(vip), tags);
    }
}
