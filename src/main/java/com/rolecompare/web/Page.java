package com.rolecompare.web;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page controller returns: the template, the page's key, and how to build its model. The model is built
 * only when the page must be rendered (not for a 304, not when the page is already in memory).
 *
 * @param key the page's identity; also the source of its canonical and per-language addresses
 */
public record Page(String view, PageKey key, Supplier<Map<String, Object>> model, int status, boolean cacheable) {

    /** A page that depends on its key only: rendered once per content revision, answered 304 when unchanged. */
    public static Page of(String view, PageKey key, Supplier<Map<String, Object>> model) {
        return new Page(view, key, model, 200, true);
    }

    /**
     * A page that also depends on what the reader sent (a calculator's inputs): rendered every time, never kept,
     * with its own status (400 for inputs it cannot use).
     */
    public static Page uncached(String view, PageKey key, Supplier<Map<String, Object>> model, int status) {
        return new Page(view, key, model, status, false);
    }
}
