package com.rolecompare.dimension;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Languages;
import com.rolecompare.content.Localized;
import com.rolecompare.content.RevisionCache;

/** The dimensions of comparison, in display order. */
@Service
public class Dimensions {

    private final Supplier<Localized<List<DimensionView>>> all;

    Dimensions(DimensionRepository repository, RevisionCache cache, Languages languages) {
        this.all = cache.of(() -> load(repository.findAllWithTexts(), languages));
    }

    private static Localized<List<DimensionView>> load(List<Dimension> dimensions, Languages languages) {
        var byTag = new java.util.LinkedHashMap<String, List<DimensionView>>();
        for (String tag : languages.tags()) {
            byTag.put(tag, dimensions.stream().map(d -> view(d, tag, languages.defaultTag())).toList());
        }
        return Localized.of(byTag, languages.defaultTag());
    }

    private static DimensionView view(Dimension d, String tag, String defaultTag) {
        DimensionText text = d.texts().getOrDefault(tag, d.texts().get(defaultTag));
        String name = text == null ? d.key() : text.name();
        String explanation = text == null ? "" : text.explanation();
        return new DimensionView(d.id(), d.key(), d.position(), name, explanation);
    }

    public List<DimensionView> all(String tag) {
        return all.get().get(tag);
    }

    public Optional<DimensionView> byKey(String key, String tag) {
        return all(tag).stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public Optional<DimensionView> byId(long id, String tag) {
        return all(tag).stream().filter(d -> d.id() == id).findFirst();
    }
}
