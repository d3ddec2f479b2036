package com.rolecompare.content;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The content pages are built from, read with one statement and kept per content revision: the whole catalog
 * once it is needed, and meanwhile just the roles a comparison needs, so that the first comparison after a start or
 * an edit does not wait for the whole catalog. With caching off, each request reads what it needs once.
 */
@Component
public class ContentSnapshots {

    private static final String REQUEST_ATTRIBUTE = ContentSnapshots.class.getName();
    private static final int SCOPES_HELD = 256;

    private record Scoped(long revision, List<String> slugs) {
    }

    private record Small(long revision, String name) {
    }

    private final ContentQuery query;
    private final ContentRevisions revisions;
    private final boolean enabled;
    private final AtomicReference<Content> whole = new AtomicReference<>();
    private final Cache<Scoped, Content> scoped = Caffeine.newBuilder().maximumSize(SCOPES_HELD).build();
    private final Cache<Small, Object> smallValues = Caffeine.newBuilder().maximumSize(64).build();

    ContentSnapshots(ContentQuery query, ContentRevisions revisions, ContentProperties properties) {
        this.query = query;
        this.revisions = revisions;
        this.enabled = properties.cacheEnabled();
    }

    /** The whole catalog. */
    public Content whole() {
        if (!enabled) {
            return perRequest(null);
        }
        long revision = revisions.current();
        Content held = whole.get();
        if (held != null && held.revision() == revision) {
            return held;
        }
        Content loaded = new Content(revision, true, query.read(null));
        whole.set(loaded);
        scoped.invalidateAll();
        smallValues.invalidateAll();
        return loaded;
    }

    /** Enough content for a page about these roles: the whole catalog if it is held, else these roles only. */
    public Content forRoles(String... slugs) {
        List<String> sorted = List.copyOf(new TreeSet<>(List.of(slugs)));
        if (!enabled) {
            return perRequest(sorted);
        }
        long revision = revisions.current();
        Content held = whole.get();
        if (held != null && held.revision() == revision) {
            return held;
        }
        return scoped.get(new Scoped(revision, sorted), key -> new Content(revision, false, query.read(key.slugs())));
    }

    /** The whole catalog if it is held for the current revision (never loads it). */
    public Optional<Content> wholeIfHeld() {
        if (!enabled) {
            return Optional.empty();
        }
        Content held = whole.get();
        return held != null && held.revision() == revisions.current() ? Optional.of(held) : Optional.empty();
    }

    /**
     * A small value read from the database (such as the list of role slugs), kept for the current revision, or for
     * the request when caching is off.
     */
    @SuppressWarnings("unchecked")
    public <T> T small(String name, Supplier<T> loader) {
        if (!enabled) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            String attribute = REQUEST_ATTRIBUTE + "." + name;
            Object loaded = request == null ? null : request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
            if (loaded == null) {
                loaded = loader.get();
                if (request != null) {
                    request.setAttribute(attribute, loaded, RequestAttributes.SCOPE_REQUEST);
                }
            }
            return (T) loaded;
        }
        long revision = revisions.current();
        return (T) smallValues.get(new Small(revision, name), key -> loader.get());
    }

    private Content perRequest(List<String> slugs) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String name = REQUEST_ATTRIBUTE + (slugs == null ? "" : slugs);
        Object loaded = request == null ? null : request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (loaded instanceof Content content) {
            return content;
        }
        Content content = new Content(revisions.current(), slugs == null, query.read(slugs));
        if (request != null) {
            request.setAttribute(name, content, RequestAttributes.SCOPE_REQUEST);
        }
        return content;
    }
}
