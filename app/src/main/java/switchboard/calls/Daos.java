package switchboard.calls;

import org.jdbi.v3.core.Handle;
import switchboard.directory.DirectoryDao;

/** The DAOs of one webhook's transaction, each attached at most once: an attach builds a Jdbi proxy and config. */
final class Daos {
    private final Handle handle;
    private CallDao calls;
    private OfferDao offers;
    private DirectoryDao directory;

    Daos(Handle handle) {
        this.handle = handle;
    }

    CallDao calls() {
        if (calls == null) calls = handle.attach(CallDao.class);
        return calls;
    }

    OfferDao offers() {
        if (offers == null) offers = handle.attach(OfferDao.class);
        return offers;
    }

    DirectoryDao directory() {
        if (directory == null) directory = handle.attach(DirectoryDao.class);
        return directory;
    }
}
