package switchboard.calls;

import switchboard.db.SharedDaos;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import switchboard.directory.DirectoryDao;

/** The DAOs of one webhook's transaction, each attached at most once: an attach builds a Jdbi proxy and config. */
public final class Daos {
    private final Handle handle;
    private CallDao calls;
    private OfferDao offers;
    private DirectoryDao directory;
    private final Map<Class<?>, Object> others = new HashMap<>(4);

    public Daos(Handle handle) {
        this.handle = handle;
    }

    public Handle handle() {
        return handle;
    }

    public CallDao calls() {
        if (calls == null) calls = SharedDaos.of(handle, CallDao.class);
        return calls;
    }

    public OfferDao offers() {
        if (offers == null) offers = SharedDaos.of(handle, OfferDao.class);
        return offers;
    }

    public DirectoryDao directory() {
        if (directory == null) directory = SharedDaos.of(handle, DirectoryDao.class);
        return directory;
    }

    /** Another feature's DAO on this transaction's handle (attached once, like these). */
    public <T> T attach(Class<T> dao) {
        return dao.cast(others.computeIfAbsent(dao, type -> SharedDaos.of(handle, type)));
    }

    /** A timeline for this call, written with this transaction's handle. */
    public Timeline timeline(long callId, CallObserver observer) {
        return new Timeline(handle, calls(), observer, callId);
    }
}
