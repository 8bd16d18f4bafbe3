package switchboard.calls;

import org.jdbi.v3.core.Handle;
import switchboard.db.SharedDaos;
import switchboard.directory.DirectoryDao;

/** The DAOs of one webhook's transaction: the process's shared ones (db.SharedDaos), run on this handle. */
public final class Daos {
    private final Handle handle;

    public Daos(Handle handle) {
        this.handle = handle;
    }

    public Handle handle() {
        return handle;
    }

    public CallDao calls() {
        return dao(CallDao.class);
    }

    public OfferDao offers() {
        return dao(OfferDao.class);
    }

    public DirectoryDao directory() {
        return dao(DirectoryDao.class);
    }

    /** Another feature's DAO on this transaction's handle. */
    public <T> T dao(Class<T> dao) {
        return SharedDaos.of(handle, dao);
    }

    /** A timeline for this call, written with this transaction's handle. */
    public Timeline timeline(long callId, CallObserver observer) {
        return new Timeline(handle, calls(), observer, callId);
    }
}
