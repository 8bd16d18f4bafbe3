package switchboard.db;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * SqlObject DAOs attached once per Jdbi, whose statements run on the handle the calling thread holds open through
 * that Jdbi (inside {@code jdbi.inTransaction}, {@code withHandle}...). Jdbi's own {@code handle.attach} copies its
 * whole configuration for every method of the interface, 150-240 us an attach, and a whole call made ~25 of them.
 * A handle opened outside Jdbi's scope ({@code jdbi.open()}) gets an attach of its own, as before.
 */
public final class SharedDaos implements JdbiConfig<SharedDaos> {
    private final Map<Class<?>, Object> attached;

    public SharedDaos() {
        this(new ConcurrentHashMap<>());
    }

    private SharedDaos(Map<Class<?>, Object> attached) {
        this.attached = attached;
    }

    /** The DAO on this handle: the Jdbi's shared one when the handle is the thread's current one. */
    public static <T> T of(Handle handle, Class<T> dao) {
        Jdbi jdbi = handle.getJdbi();
        HandleSupplier current = jdbi.getHandleScope().get();
        if (current == null || current.getHandle() != handle) return handle.attach(dao);
        Map<Class<?>, Object> attached = jdbi.getConfig(SharedDaos.class).attached;
        return dao.cast(attached.computeIfAbsent(dao, type -> jdbi.getConfig(Extensions.class)
                .findFor(type, new CurrentHandle(jdbi))
                .orElseThrow(() -> new IllegalArgumentException(type + " is not a Jdbi extension"))));
    }

    /** What a DAO answers, on the thread's handle or one opened for it (Jdbi's withExtension attaches every time). */
    public static <T, R> R with(Jdbi jdbi, Class<T> dao, Function<T, R> work) {
        return jdbi.withHandle(h -> work.apply(of(h, dao)));
    }

    public static <T> void use(Jdbi jdbi, Class<T> dao, Consumer<T> work) {
        jdbi.useHandle(h -> work.accept(of(h, dao)));
    }

    @Override
    public SharedDaos createCopy() {
        return new SharedDaos(attached); // every copy of the Jdbi's configuration shares the one set of DAOs
    }

    /** The handle the calling thread holds open through the Jdbi; none is a bug, so it fails loudly. */
    private record CurrentHandle(Jdbi jdbi) implements HandleSupplier {
        private HandleSupplier current() {
            HandleSupplier current = jdbi.getHandleScope().get();
            if (current == null) throw new IllegalStateException("a shared DAO used outside the transaction it came from");
            return current;
        }

        @Override
        public Handle getHandle() {
            return current().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        @Override
        public ConfigRegistry getConfig() {
            return jdbi.getConfig(); // only read when attaching: the DAO's configuration is built on the Jdbi's
        }

        @Override
        public <V> V invokeInContext(ExtensionContext context, Callable<V> task) throws Exception {
            return current().invokeInContext(context, task);
        }
    }
}
