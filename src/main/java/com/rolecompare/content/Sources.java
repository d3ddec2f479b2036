package com.rolecompare.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** All sources, by id. */
@Service
public class Sources {

    private final Supplier<Map<Long, SourceView>> byId;

    Sources(SourceRepository repository, RevisionCache cache) {
        this.byId = cache.of(() -> repository.findAll().stream()
                .map(Source::toView)
                .collect(Collectors.toUnmodifiableMap(SourceView::id, Function.identity())));
    }

    /** The sources for these ids, first mention first, each once. */
    public List<SourceView> resolve(Collection<Long> ids) {
        Map<Long, SourceView> all = byId.get();
        return new LinkedHashSet<>(ids).stream().map(all::get).filter(Objects::nonNull).toList();
    }
}
