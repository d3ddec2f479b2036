package com.rolecompare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ContentRevisionsTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong stored = new AtomicLong(1);
    private final AtomicInteger queries = new AtomicInteger();
    private final ContentRevisions revisions = new ContentRevisions(() -> {
        queries.incrementAndGet();
        return stored.get();
    }, TimeUnit.SECONDS.toNanos(1), now::get);

    @Test
    void asksTheDatabaseAtMostOncePerInterval() {
        for (int i = 0; i < 100; i++) {
            assertThat(revisions.current()).isEqualTo(1);
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void seesAChangeWithinOneInterval() {
        revisions.current();
        stored.set(2);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThat(revisions.current()).isEqualTo(1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(revisions.current()).isEqualTo(2);
    }

    @Test
    void expireForcesTheNextCallToAsk() {
        revisions.current();
        stored.set(5);
        revisions.expire();
        assertThat(revisions.current()).isEqualTo(5);
        assertThat(queries).hasValue(2);
    }
}
