package com.rolecompare.content;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes per-revision caches: a value is loaded once per content revision, in a read-only transaction,
 * and reloaded as soon as the revision moves. With caching off, every call loads afresh.
 */
@Component
public class RevisionCache {

    private final ContentRevisions revisions;
    private final TransactionTemplate readOnly;
    private final boolean enabled;

    RevisionCache(ContentRevisions revisions, PlatformTransactionManager transactions, ContentProperties properties) {
        this.revisions = revisions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.enabled = properties.cacheEnabled();
    }

    public <T> Supplier<T> of(Supplier<T> loader) {
        return new Cached<>(loader);
    }

    private final class Cached<T> implements Supplier<T> {

        private record Entry<T>(long revision, T value) {
        }

        private final Supplier<T> loader;
        private final AtomicReference<Entry<T>> entry = new AtomicReference<>();

        Cached(Supplier<T> loader) {
            this.loader = loader;
        }

        @Override
        public T get() {
            if (!enabled) {
                return readOnly.execute(status -> loader.get());
            }
            long revision = revisions.current();
            Entry<T> last = entry.get();
            if (last != null && last.revision() == revision) {
                return last.value();
            }
            T value = readOnly.execute(status -> loader.get());
            entry.set(new Entry<>(revision, value));
            return value;
        }
    }
}
