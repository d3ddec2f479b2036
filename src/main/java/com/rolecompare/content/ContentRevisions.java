package com.rolecompare.content;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The content revision in the database, asked at most once per check interval.
 * Several instances share one database: each sees a change within one interval.
 */
@Service
public class ContentRevisions {

    private record Seen(long revision, long checkedAtNanos) {
    }

    private final LongSupplier database;
    private final Supplier<LocalDateTime> changedAt;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final AtomicReference<Seen> seen = new AtomicReference<>();

    @Autowired
    ContentRevisions(ContentRevisionRepository repository, ContentProperties properties) {
        this(repository::current, repository::changedAt, properties.revisionCheckInterval().toNanos(), System::nanoTime);
    }

    ContentRevisions(LongSupplier database, long intervalNanos, LongSupplier clock) {
        this(database, () -> null, intervalNanos, clock);
    }

    private ContentRevisions(LongSupplier database, Supplier<LocalDateTime> changedAt,
            long intervalNanos, LongSupplier clock) {
        this.database = database;
        this.changedAt = changedAt;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
    }

    public long current() {
        long now = clock.getAsLong();
        Seen last = seen.get();
        if (last != null && now - last.checkedAtNanos() < intervalNanos) {
            return last.revision();
        }
        long revision = database.getAsLong();
        seen.set(new Seen(revision, now));
        return revision;
    }

    /** When the content last changed (the revision's time stamp): a sitemap's lastmod. */
    public LocalDateTime changedAt() {
        return changedAt.get();
    }

    /** Forget what was seen, so that the next call asks the database. */
    public void expire() {
        seen.set(null);
    }
}
