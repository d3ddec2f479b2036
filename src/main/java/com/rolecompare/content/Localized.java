package com.rolecompare.content;

import java.util.Map;

/**
 * A value per language tag. Reading a missing language falls back to the first language present,
 * so a half-translated row still renders; completeness is a content test's job.
 */
public final class Localized<T> {

    private final Map<String, T> byTag;
    private final T fallback;

    private Localized(Map<String, T> byTag, T fallback) {
        this.byTag = byTag;
        this.fallback = fallback;
    }

    public static <T> Localized<T> of(Map<String, T> byTag, String defaultTag) {
        T fallback = byTag.containsKey(defaultTag) ? byTag.get(defaultTag)
                : byTag.values().stream().findFirst().orElse(null);
        return new Localized<>(Map.copyOf(byTag), fallback);
    }

    public T get(String tag) {
        return byTag.getOrDefault(tag, fallback);
    }
}
