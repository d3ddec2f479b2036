package com.rolecompare.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Groups rows by their language tag, keeping each group's order. */
    public static <R> Localized<List<R>> group(List<R> rows, Function<R, String> tag, String defaultTag) {
        Map<String, List<R>> grouped = rows.stream().collect(Collectors.groupingBy(tag, Collectors.toUnmodifiableList()));
        return new Localized<>(Map.copyOf(grouped), grouped.getOrDefault(defaultTag, List.of()));
    }

    public T get(String tag) {
        return byTag.getOrDefault(tag, fallback);
    }

    public boolean has(String tag) {
        return byTag.containsKey(tag);
    }

    public <U> Localized<U> map(Function<T, U> mapper) {
        Map<String, U> mapped = byTag.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> mapper.apply(e.getValue())));
        return new Localized<>(mapped, fallback == null ? null : mapper.apply(fallback));
    }
}
