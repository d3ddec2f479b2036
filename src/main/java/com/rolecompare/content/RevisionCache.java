package com.rolecompare.content;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Makes per-revision caches: a value is loaded once per content revision, in a read-only transaction,
 * and reloaded as soon as the revision moves. With caching off, a value is loaded once per request
 * (so one page reads the database a bounded number of times, not once per call) and once per call
 * outside requests.
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
                return perRequest();
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

        @SuppressWarnings("unchecked")
        private T perRequest() {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request == null) {
                return readOnly.execute(status -> loader.get());
            }
            String name = RevisionCache.class.getName() + "@" + System.identityHashCode(this);
            Object loaded = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
            if (loaded == null) {
                loaded = readOnly.execute(status -> loader.get());
                request.setAttribute(name, loaded, RequestAttributes.SCOPE_REQUEST);
            }
            return (T) loaded;
        }
    }
}
