package com.rolecompare.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sources of a {@link Content}, by id and by key. */
public final class Sources {

    private final Map<Long, SourceView> byId;
    private final Map<String, SourceView> byKey;

    private Sources(List<SourceView> sources) {
        this.byId = sources.stream().collect(Collectors.toUnmodifiableMap(SourceView::id, Function.identity()));
        this.byKey = sources.stream().collect(Collectors.toUnmodifiableMap(SourceView::key, Function.identity()));
    }

    public static Sources in(Content content) {
        return content.derive(Sources.class, c -> new Sources(c.rows(SourceRows.KIND).stream().map(SourceRows::view).toList()));
    }

    /** The sources for these ids, first mention first, each once. */
    public List<SourceView> resolve(Collection<Long> ids) {
        return new LinkedHashSet<>(ids).stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public SourceView byId(long id) {
        return byId.get(id);
    }

    public Optional<SourceView> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every source, by id: for lists that show them all. */
    public List<SourceView> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparingLong(SourceView::id)).toList();
    }
}
