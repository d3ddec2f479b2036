package com.rolecompare.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content of one scope (the whole catalog, or what one comparison needs) at one content revision, as read by
 * one statement: rows by kind, and what features derive from them, each derived once.
 */
public final class Content {

    private final long revision;
    private final boolean whole;
    private final Map<String, List<ContentRow>> rows;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    Content(long revision, boolean whole, List<ContentRow> rows) {
        this.revision = revision;
        this.whole = whole;
        this.rows = rows.stream().collect(Collectors.groupingBy(ContentRow::kind,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    public long revision() {
        return revision;
    }

    /** Whether this is the whole catalog (rather than the roles one page needs). */
    public boolean whole() {
        return whole;
    }

    /** The rows of one kind, in the order the query returned them (unordered: sort what needs an order). */
    public List<ContentRow> rows(String kind) {
        return rows.getOrDefault(kind, List.of());
    }

    /** What a feature makes of these rows, made once per content object. */
    @SuppressWarnings("unchecked")
    public <T> T derive(Object key, Function<Content, T> builder) {
        Object value = derived.get(key);
        if (value == null) {
            value = builder.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }
}
