package com.rolecompare.web;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page controller returns: the template, the page's key, and how to build its model. The model is built
 * only when the page must be rendered (not for a 304, not when the page is already in memory).
 */
public record Page(String view, PageKey key, Supplier<Map<String, Object>> model) {

    public static Page of(String view, PageKey key, Supplier<Map<String, Object>> model) {
        return new Page(view, key, model);
    }
}
