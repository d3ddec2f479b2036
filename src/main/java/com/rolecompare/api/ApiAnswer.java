package com.rolecompare.api;

import java.util.function.Supplier;

import com.rolecompare.web.PageKey;

/**
 * What an API controller returns, as a page controller returns a {@code Page}: the answer's key (its canonical address
 * and language, the source of its ETag) and how to build its body, built only for a full answer, never for a 304.
 * Or, for an address written the other way round, the canonical address it moved to.
 *
 * @param <T> the JSON record the body is
 */
record ApiAnswer<T>(PageKey key, Supplier<T> body, boolean moved) {

    static <T> ApiAnswer<T> of(PageKey key, Supplier<T> body) {
        return new ApiAnswer<>(key, body, false);
    }

    /** A 301 to the canonical address of this key, keeping its filter and an explicit language. */
    static <T> ApiAnswer<T> movedTo(PageKey canonical) {
        return new ApiAnswer<>(canonical, null, true);
    }
}
