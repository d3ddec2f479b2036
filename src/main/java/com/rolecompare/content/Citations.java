package com.rolecompare.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered list of a page's sources: every point on the page links the number of the source that says it.
 */
public final class Citations {

    private final List<SourceView> sources;
    private final Map<Long, Integer> numbers = new HashMap<>();

    private Citations(List<SourceView> sources) {
        this.sources = List.copyOf(sources);
        for (int i = 0; i < this.sources.size(); i++) {
            numbers.putIfAbsent(this.sources.get(i).id(), i + 1);
        }
    }

    /** @param sources the page's sources, each once, in the order the page lists them */
    public static Citations of(List<SourceView> sources) {
        return new Citations(sources.stream().distinct().toList());
    }

    /** The number of a source on this page, from 1; 0 when the page does not list it. */
    public int number(SourceView source) {
        return source == null ? 0 : numbers.getOrDefault(source.id(), 0);
    }

    public boolean lists(SourceView source) {
        return number(source) > 0;
    }

    public List<SourceView> sources() {
        return sources;
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
